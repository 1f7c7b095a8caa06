"""Fill unfinished messages of resources/i18n/skpdesk_id.ts from translation lists (JSON files given as
arguments or /tmp/i18n/*.json: lists of {context, source, translation}, or {source: translation}).
Run after `make lupdate`, then `make i18n`. Prints the messages still missing."""

import glob
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = str(Path(__file__).resolve().parent.parent / "resources" / "i18n" / "skpdesk_id.ts")
by_ctx, by_src = {}, {}
for f in sys.argv[1:] or sorted(glob.glob("/tmp/i18n/*.json")):
    data = json.load(open(f))
    if isinstance(data, dict):
        data = [{"context": "", "source": k, "translation": v} for k, v in data.items()]
    for e in data:
        by_ctx[(e.get("context", ""), e["source"])] = e["translation"]
        by_src.setdefault(e["source"], e["translation"])
tree = ET.parse(path)
missing = []
for ctx in tree.getroot().iter("context"):
    name = ctx.findtext("name")
    for m in ctx.iter("message"):
        src = m.findtext("source")
        tr = m.find("translation")
        if tr is None:
            continue
        if tr.get("type") == "unfinished" or (not (tr.text or "").strip() and not list(tr)):
            t = by_ctx.get((name, src)) or by_src.get(src)
            if t:
                if m.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    nf = ET.SubElement(tr, "numerusform")
                    nf.text = t
                else:
                    tr.text = t
                tr.attrib.pop("type", None)
            else:
                missing.append((name, src))
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, encoding="utf-8") as fh:
    body = fh.read()
body = (
    body.replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1
    )
    if "<!DOCTYPE TS>" not in body
    else body
)
open(path, "w", encoding="utf-8").write(body)
for c, s in missing:
    print(json.dumps({"context": c, "source": s, "translation": ""}, ensure_ascii=False))
print(len(missing), "missing", file=sys.stderr)
