"""The Indonesian catalogue is complete and keeps every placeholder (STYLE.md section 8)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "skpdesk_id.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages() -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [n.text or "" for n in translation.iter("numerusform")]
            text = " | ".join(forms) if forms and all(forms) else translation.text
            out.append((name, message.findtext("source") or "", text, translation.get("type")))
    return out


def test_catalogue_has_named_contexts_and_no_unfinished_message() -> None:
    found = messages()
    assert len(found) > 50
    assert all(context for context, *_ in found), "a string was extracted without a context"
    unfinished = [source for _c, source, text, kind in found if kind == "unfinished" or not text]
    assert unfinished == []


@pytest.mark.parametrize(("context", "source", "text", "_kind"), messages())
def test_placeholders_survive_translation(
    context: str, source: str, text: str | None, _kind: str | None
) -> None:
    for form in (text or "").split(" | "):
        assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(form)))


def test_messages_translate_at_runtime(qapp: object) -> None:
    from skpdesk.domain.errors import Code, SkpError
    from skpdesk.messages import install_translator, message_for

    assert install_translator("id")
    what, _todo = message_for(SkpError(Code.NIP_LENGTH, length=17, expected=18))
    assert what == "NIP berisi 17 digit, seharusnya 18."
    install_translator("en")
    what, _ = message_for(SkpError(Code.NIP_LENGTH, length=17, expected=18))
    assert what == "The NIP has 17 digits instead of 18."
    install_translator("id")
