"""Ways of reaching the hotline the articles never give: "can i text the hotline", "the hotline number in
the uk", "how do i call a 1-800 number from outside the us".

The hotline passage says one thing: call 1-800-656-HOPE (4673), which routes the caller to their nearest
provider. A question about texting, email or an online chat, or about another country, shares "hotline" and
"number" with it and nothing else it could be answered by, so quoting the passage would suggest that the
articles say yes. They say nothing of it; the decline still carries the hotline's number.
"""

from __future__ import annotations

from knowledge.guards import Guarded

__all__ = ["untold_reach"]

# Another way to reach it than a call: "text", "sms", "email", "chat online", "an app", "whatsapp".
_OTHER_WAY = Guarded(
    r"\b(?:text|texting|texted|sms|email|e-mail|emailing|whatsapp|dm|online chat|live chat|chat online"
    r"|chat with them online|an app)\b"
)
# Another country, or anywhere outside the United States, where the articles' hotline serves.
_ELSEWHERE = Guarded(
    r"\b(?:in|for|from) (?:the )?(?:uk|united kingdom|england|britain|great britain|scotland|wales|ireland"
    r"|canada|australia|new zealand|india|south africa|nigeria|kenya|germany|france|spain|italy|mexico"
    r"|brazil|japan|philippines|europe|another country|other countries|abroad|overseas)\b"
    r"|\boutside (?:the )?(?:us|usa|u\.s\.|united states|states|america|country)\b|\binternational(?:ly)?\b"
)


def untold_reach(lowered: str) -> bool:
    """Whether the lowercased question asks to reach the hotline another way than a call in the US."""
    return _OTHER_WAY.search(lowered) is not None or _ELSEWHERE.search(lowered) is not None
