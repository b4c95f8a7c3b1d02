"""Times readability-lxml (Debian's python3-readability) on the trafilatura benchmark pages, one page at a time.

Reads every page named in evaldata.json (gunzipping .gz copies) into memory first, then times only
Document(html).summary(), as `cronista eval extraction` times only its extractor. Prints one JSON object.
"""
import gzip
import json
import os
import sys
import time

from readability import Document


def pages(folder):
    with open(os.path.join(folder, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    for item in evaldata.values():
        for sub in ("cache", "eval"):
            for name in (item["file"], item["file"] + ".gz"):
                path = os.path.join(folder, sub, name)
                if os.path.isfile(path):
                    with open(path, "rb") as f:
                        data = f.read()
                    yield gzip.decompress(data) if name.endswith(".gz") else data
                    break
            else:
                continue
            break


def main():
    folder = sys.argv[1]
    loaded = list(pages(folder))
    failed = 0
    start = time.perf_counter()
    for html in loaded:
        try:
            Document(html).summary()
        except Exception:  # a page readability cannot handle counts as done, as a crash would in production
            failed += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"pages": len(loaded), "failed": failed, "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
