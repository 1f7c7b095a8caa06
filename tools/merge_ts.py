"""Fill the unfinished messages of resources/i18n/skpdesk_id.ts from translation lists.

Arguments: JSON files (default /tmp/i18n/*.json), each a list of {"context", "source",
"translation"} or a mapping {source: translation}. A message takes the translation given for its
context and source, else the one given for its source alone. Run after `make lupdate`, then
`make i18n`. Prints the messages still missing, one JSON object per line.
"""

from __future__ import annotations

import glob
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "skpdesk_id.ts"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'


def load(files: list[str]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for name in files:
        data = json.loads(Path(name).read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = [{"context": "", "source": k, "translation": v} for k, v in data.items()]
        for entry in data:
            by_context[(entry.get("context", ""), entry["source"])] = entry["translation"]
            by_source.setdefault(entry["source"], entry["translation"])
    return by_context, by_source


def main() -> int:
    by_context, by_source = load(sys.argv[1:] or sorted(glob.glob("/tmp/i18n/*.json")))
    tree = ET.parse(CATALOGUE)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            empty = not (translation.text or "").strip() and not list(translation)
            if translation.get("type") != "unfinished" and not empty:
                continue
            text = by_context.get((name, source)) or by_source.get(source)
            if not text:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    CATALOGUE.write_text(f"{HEADER}\n{body}\n", encoding="utf-8")
    for context_name, source in missing:
        print(json.dumps({"context": context_name, "source": source, "translation": ""}, ensure_ascii=False))
    print(f"{len(missing)} missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
