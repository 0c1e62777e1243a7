// Mounts GraphiQL on /graphql with an example query that answers the
// project's first question. A bearer token for mutations goes in the
// Headers tab: {"Authorization": "Bearer TOKEN"}.
(function () {
  "use strict";
  var example = [
    "# How exposed is Microsoft to the ByteDance group?",
    "query Exposure {",
    '  exposure(supplier: "Microsoft", to: "ByteDance") {',
    "    supplier { name }",
    "    group { name }",
    "    statedShare { value low high }",
    "    computedShare { value low high }",
    "    members { entity { name } annualSpend { value } }",
    "    spendClaims { evidence validTime knownAt article { url title } }",
    "    revenueClaims { evidence validTime article { url } }",
    "  }",
    "}",
    "",
  ].join("\n");
  if (!window.GraphiQL || !window.React || !window.ReactDOM) {
    return;
  }
  var fetcher = GraphiQL.createFetcher({ url: new URL("graphql", window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
})();
