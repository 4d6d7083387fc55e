"""The role-play phrased by a model: a manager who stays in character and a coach whose tips stay cited.\n\nDecisions and scores stay deterministic (advisor.tasks.rehearse.manager / .coach); the model only\nphrases them, and every phrasing is checked and falls back to the deterministic text."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, Any

from advisor.answering.cite import _SPACE, check_model_claims, render_draft
from advisor.answering.converse import _fallback_notice, _notice, _redacted, converse
from advisor.answering.grounding import corpus_passages
from advisor.answering.prompts import _language_rule, fence, passage_blocks, render_prompt
from advisor.answering.replies import _THINK, CLAIMS_SCHEMA, parse_claims
from advisor.backends import llm as backends  # looked up at call time: a test may swap the factory
from advisor.backends.llm import _message_text, backend_name
from advisor.core.language import guess_language
from advisor.core.models import Claim, Draft, DraftSection, Passage, Support
from advisor.core.settings import Settings
from advisor.tasks.proposal_facts import text_facts
from advisor.tasks.rehearse.coach import RubricCoach
from advisor.tasks.rehearse.manager import DeterministicManager

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)


MANAGER_MAX_CHARS = 400


COACH_MAX_TIPS = 3


def render_rehearse_prompt(name: str, **values: object) -> str:
    """A role-play prompt of advisor/prompts/rehearse/ with its ${placeholders} filled in."""
    text = resources.files("advisor.prompts").joinpath("rehearse", f"{name}.md").read_text(encoding="utf-8")
    return Template(text).substitute({k: str(v) for k, v in values.items()}).strip()


class _LazyModel:
    """The chat model of the settings, built on first use; None when it cannot be built."""

    def __init__(self, settings: Settings, model: BaseChatModel | None) -> None:
        self.settings = settings
        self._model = model
        self.unavailable = False

    def get(self) -> BaseChatModel | None:
        if self._model is None and not self.unavailable and self.settings.llm != "none":
            try:
                self._model = backends.make_chat_model(self.settings)
            except Exception as e:  # LLMUnavailable, a missing extra: the deterministic path is always there
                log.warning("language model not available for the role-play: %s", e)
                self.unavailable = True
        return self._model


_CONCESSION = re.compile(
    r"du får det som du vil|\bgreit\b|\bja,? (?:da|vi|det)\b|\bvi gjør (?:det|som du sier)\b"
    r"|\bjeg (?:godtar|aksepterer|går med på|sier ja|innvilger)\b|\b(?:det er|vi har) en avtale\b"
    r"|\binnvilget\b|\bgodkjent\b|\bdet høres (?:bra|fint|greit) ut\b|\bok,? da\b|\bdet går (?:bra|fint|greit)\b"
    r"|\bdu (?:får|kan få) (?:det|hjemmekontor|fleksibel)\b"
    # and in English, for a role-play in English
    r"|\byou(?:'ll| will)? get (?:it|your way|what you want|home office|flexible)\b|\byou can have (?:it|that|home)\b"
    r"|\b(?:fine|ok(?:ay)?|alright|all right),? (?:then|let's|you|we|go ahead)\b|\bi (?:accept|agree to|approve|grant|say yes)\b"
    r"|\b(?:it's|that's|we have) a deal\b|\b(?:request )?(?:granted|approved)\b|\blet's do (?:it|that|as you say)\b"
    r"|\bthat sounds (?:good|fine|great)\b"
)


def concedes(text: str) -> bool:
    """True when a manager's line gives in («Greit, du får det som du vil»)."""
    return bool(_CONCESSION.search(text.lower()))


def clean_manager_line(text: str, max_chars: int = MANAGER_MAX_CHARS, lang: str = "nb") -> str | None:
    """The model's line as one line of speech, or None if it is empty, too long or not plainly in the
    page's language (bokmål, or English on an English page)."""
    text = _THINK.sub("", text)
    text = _SPACE.sub(" ", text).strip().strip("«»\"'“”").strip()
    if not text or len(text) > max_chars:
        return None
    if "<<<" in text or ">>>" in text or text.startswith(("{", "[", "#", "-", "*")):
        return None
    # plainly in the language: two or more of its words and twice the other's (guess_language's `sure`)
    return text if guess_language(text, sure=True) == ("en" if lang == "en" else "nb") else None


_STAGE_RULES = {
    "raise": "Ta opp innvendingen for første gang. Hils kort først. Ikke gi noe svar på den selv.",
    "follow_up": (
        "Ikke godta svaret. Spør videre om den samme innvendingen, og be om et svar som tar "
        "bekymringen på alvor og er konkret. Ikke si ja, ikke lov noe."
    ),
    "escalate": (
        "Ikke godta svaret. Si tydelig at svaret blir nei inntil videre om arbeidstakeren ikke kommer "
        "med noe mer konkret på den samme innvendingen. Ikke si ja, ikke lov noe."
    ),
    "accept": "Godta svaret på denne innvendingen, og gå videre slik referansereplikken gjør.",
    "close": (
        "Avslutt punktet som uavklart, uten å si ja og uten å love noe, og gå videre slik referansereplikken gjør."
    ),
    "summary": (
        "Oppsummer samtalen kort slik referansereplikken gjør: hva dere ble enige om og hva som står "
        "uavklart. Gi ikke mer enn den gir."
    ),
}


def _objection_block(o: Any, kind: str = "objection", lang: str = "nb") -> str:
    text, behind = (o.text.get(lang), o.behind.get(lang)) if lang == "en" else (o.text.nb, o.behind.nb)
    return fence(
        f"Innvending: {text}\nDet som ofte ligger bak: {behind}\nBekymringen: {o.concern_in(lang)}", kind, id=o.id
    )


# What the manager's line is written in (the prompt itself is bokmål).
_LINE_LANGUAGE = {"nb": "norsk bokmål", "en": "engelsk (English), fordi samtalen øves på engelsk"}


def _transcript_block(ctx: Any, last: int = 8) -> str:
    st = ctx.state
    lines: list[str] = []
    if st.opening is not None:
        lines.append(f"Leder: {st.opening.text}")
    for e in st.exchanges:
        lines += [f"Arbeidstaker: {e.reply}", f"Leder: {e.manager.text}"]
    if getattr(ctx, "reply", ""):
        lines.append(f"Arbeidstaker: {ctx.reply}")
    return fence("\n".join(lines[-last:]) or "(samtalen har ikke begynt)", "transcript")


def manager_prompt(
    stage: str, ctx: Any, reference: str, max_chars: int = MANAGER_MAX_CHARS, lang: str = "nb"
) -> list[BaseMessage]:
    """The system and user messages for phrasing the manager's line for a decided `stage`."""
    from langchain_core.messages import HumanMessage, SystemMessage

    objections = [_objection_block(ctx.objection, lang=lang)] if ctx.objection is not None else []
    if ctx.next_objection is not None and stage in ("accept", "close"):
        objections.append(_objection_block(ctx.next_objection, "next_objection", lang))
    facts = json.dumps(text_facts(ctx.situation, ctx.proposal), ensure_ascii=False, indent=1)
    return [
        SystemMessage(content=render_rehearse_prompt("manager_system")),
        HumanMessage(
            content=render_rehearse_prompt(
                "manager",
                decision=f"{stage} – {_STAGE_RULES[stage]}",
                reference=fence(reference, "reference"),
                objection="\n\n".join(objections) or "(ingen)",
                facts=fence(facts, "facts"),
                transcript=_transcript_block(ctx),
                max_chars=max_chars,
                language=_LINE_LANGUAGE.get(lang, _LINE_LANGUAGE["nb"]),
            )
        ),
    ]


class LLMManager:
    """A Manager whose decisions are the deterministic manager's and whose lines a model phrases.

    The decision comes from the rubric coach's scores (DeterministicManager.decide), so a weak reply
    is never conceded to. For each turn the model gets the facts, the objection, the transcript and
    the deterministic line as data and says the same thing in its own words, in the settings' language;
    a line that is missing, too long, not in that language, conceding when the decision is not to accept, or naming a § or decision
    the turn's passages do not make, is replaced by the deterministic turn. The model's line keeps
    the deterministic turn's citations, so the role-play is never less grounded.
    """

    def __init__(
        self,
        settings: Settings,
        model: BaseChatModel | None = None,
        fallback: Any = None,
        max_chars: int = MANAGER_MAX_CHARS,
    ) -> None:

        self.settings = settings
        self.fallback = fallback or DeterministicManager(settings.language)
        self.max_chars = max_chars
        self._model = _LazyModel(settings, model)

    def decide(self, feedback: Any, weak_before: int) -> Any:
        """The deterministic decision; the model has no say in it."""
        return self.fallback.decide(feedback, weak_before)

    def say(self, stage: Any, ctx: Any) -> Any:
        """The model's phrasing of the deterministic turn, or that turn itself."""
        base = self.fallback.say(stage, ctx)
        try:
            line = self._phrase(stage, ctx, base)
        except Exception as e:  # never let the model break the role-play
            log.warning("the manager's line could not be phrased by the model: %s: %s", type(e).__name__, e)
            return base
        if line is None:
            return base
        support = list({(s.passage_id, s.quote): s for c in base.claims for s in c.support}.values())
        if not support:
            return base

        passages = corpus_passages()
        shown = {s.passage_id: passages[s.passage_id] for s in support if s.passage_id in passages}
        kept, problems = check_model_claims([Claim(text=line, support=support)], shown)
        if problems or not kept:
            log.warning("the manager's line failed the check: %s", "; ".join(_redacted(p) for p in problems))
            return base
        return base.model_copy(update={"text": kept[0].text, "claims": kept})

    def _phrase(self, stage: str, ctx: Any, base: Any) -> str | None:
        model = self._model.get()
        if model is None:
            return None
        lang = self.settings.language
        messages = manager_prompt(stage, ctx, base.text, self.max_chars, lang)
        try:
            reply = _message_text(model.invoke(messages))
        except Exception as e:  # server gone, timeout, no queued reply: the deterministic line
            log.warning(
                "language model %s failed for the manager's line: %s: %s",
                backend_name(self.settings),
                type(e).__name__,
                e,
            )
            return None
        line = clean_manager_line(reply, self.max_chars, lang)
        if line is None:
            log.warning("the model's manager line was empty, too long or not in %s; using the fixed line", lang)
            return None
        giving_in_allowed = stage == "accept" or (stage == "summary" and not ctx.state.unresolved)
        if not giving_in_allowed and concedes(line):
            log.warning("the model's manager line gave in where the decision was %s; using the fixed line", stage)
            return None
        return line


_MARKERS = re.compile(r"\s*\[(\d+)\]")


def claims_of(cited: Any) -> list[DraftSection]:
    """The claims of a rendered draft back as draft sections (text without markers, support from citations)."""
    by_n = {c.n: c for c in cited.citations}
    sections = []
    for s in cited.sections:
        claims = []
        for line in s.lines:
            ns = [int(n) for n in _MARKERS.findall(line)]
            claims.append(
                Claim(
                    text=_MARKERS.sub("", line).strip(),
                    support=[Support(passage_id=by_n[n].passage_id, quote=by_n[n].quote) for n in ns if n in by_n],
                )
            )
        sections.append(DraftSection(heading=s.heading, claims=claims, mandatory=s.mandatory, key=s.key))
    return sections


def coach_prompt(
    reply: str, objection: Any, feedback: Any, tips: Sequence[Claim], passages: Sequence[Passage], lang: str
) -> list[BaseMessage]:
    """The system and user messages for rewriting the coach's tips from the passages they cite."""
    from langchain_core.messages import HumanMessage, SystemMessage

    scores = "\n".join(f"{s.label}: {s.score}/{s.max}. {s.comment}" for s in feedback.scores)
    tips_json = json.dumps(
        {"claims": [{"text": c.text, "citations": [s.model_dump() for s in c.support]} for c in tips]},
        ensure_ascii=False,
        indent=1,
    )
    return [
        SystemMessage(content=render_prompt("system")),
        HumanMessage(
            content=render_rehearse_prompt(
                "coach",
                language_rule=_language_rule(lang),
                max_claims=COACH_MAX_TIPS,
                objection=_objection_block(objection),
                reply=fence(reply, "reply"),
                scores=fence(f"Sum: {feedback.total}/{feedback.max_total}\n{scores}", "scores"),
                tips=fence(tips_json, "draft"),
                passages=passage_blocks(passages),
            )
        ),
    ]


class LLMCoach:
    """A Coach whose scores are the rubric coach's and whose tips a model may rewrite, checked.

    Scores, `good` and the false-claim flags never depend on the model. The model may rewrite the
    tips as claims citing the passages the rubric coach cited; every claim is checked with
    check_model_claims, a failure gets one repair request, and after that the rubric coach's own
    cited feedback is used with a notice.
    """

    def __init__(self, settings: Settings, model: BaseChatModel | None = None, base: Any = None) -> None:

        self.settings = settings
        self.base = base or RubricCoach(settings.language)
        self._model = _LazyModel(settings, model)

    def assess(self, reply: str, objection: Any, situation: Any, proposal: Any) -> Any:
        """The rubric coach's feedback, with the tips reworded by the model when every claim checks out."""
        feedback = self.base.assess(reply, objection, situation, proposal)
        lang = getattr(self.base, "lang", "nb")
        try:
            return self._rewrite(feedback, reply, objection, lang)
        except Exception as e:  # never let the model break the role-play
            log.warning("the coach's tips could not be rewritten: %s: %s", type(e).__name__, e)
            return _feedback_notice(feedback, _notice("answer.model_unavailable", lang, "advice.error"))

    def _rewrite(self, feedback: Any, reply: str, objection: Any, lang: str) -> Any:

        sections = claims_of(feedback.cited)
        tips_at = next((i for i, s in enumerate(sections) if s.key == "tips"), None)
        if tips_at is None or not sections[tips_at].claims:
            return feedback
        model = self._model.get()
        if model is None:
            if self._model.unavailable:
                return _feedback_notice(feedback, _notice("answer.model_unavailable", lang, "advice.error"))
            return feedback
        passages = corpus_passages()
        shown = {c.passage_id: passages[c.passage_id] for c in feedback.cited.citations if c.passage_id in passages}

        def parse_and_check(text: str) -> tuple[list[Claim], list[str]]:
            claims = parse_claims(text)
            problems = []
            if len(claims) > COACH_MAX_TIPS:
                problems.append(f"{len(claims)} claims; at most {COACH_MAX_TIPS} are allowed")
            kept, found = check_model_claims(claims, shown)
            problems += found
            if not kept:
                problems.append("no verified claim left")
            return kept, problems

        messages = coach_prompt(reply, objection, feedback, sections[tips_at].claims, list(shown.values()), lang)
        outcome = converse(model, self.settings, messages, CLAIMS_SCHEMA, parse_and_check)
        if not outcome.ok:
            return _feedback_notice(feedback, _fallback_notice(outcome, lang))
        sections[tips_at] = sections[tips_at].model_copy(update={"claims": outcome.value})
        draft = Draft(
            kind=feedback.cited.kind, title=feedback.cited.title, sections=sections, backend=backend_name(self.settings)
        )
        return feedback.model_copy(update={"cited": render_draft(draft, passages)})


def _feedback_notice(feedback: Any, notice: str) -> Any:
    cited = feedback.cited
    text = f"{cited.notice} {notice}" if cited.notice else notice
    return feedback.model_copy(update={"cited": cited.model_copy(update={"notice": text})})
