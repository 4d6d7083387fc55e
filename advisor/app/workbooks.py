"""The workbooks: notebook file, who each is for, and how the pages link to each other."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("arbeidstaker", "hr", "tillitsvalgt", "leder")


@dataclass(frozen=True)
class Workbook:
    """One workbook: its slug, notebook file, and which roles see it."""

    slug: str
    notebook: str
    audience: tuple[str, ...]
    # Whether the page's actions search the index or cite the corpus (its kernel then loads them in
    # the background: advisor.app.warm). The start, intake, proposal and follow-up pages do neither.
    searches: bool = True

    @property
    def href(self) -> str:
        """Relative link from one rendered workbook to another (works under any Voilà base URL)."""
        return self.notebook

    @property
    def title_key(self) -> str:
        """The catalogue key of the workbook's title."""
        return f"wb.{self.slug}.title"

    @property
    def purpose_key(self) -> str:
        """The catalogue key of the workbook's purpose."""
        return f"wb.{self.slug}.purpose"


WORKBOOKS: tuple[Workbook, ...] = (
    Workbook("start", "00-start.ipynb", ROLES, searches=False),
    Workbook("situasjon", "01-situasjon.ipynb", ("arbeidstaker",), searches=False),
    Workbook("forslag", "02-forslag.ipynb", ("arbeidstaker",), searches=False),
    Workbook("argumenter", "03-argumenter.ipynb", ("arbeidstaker",)),
    Workbook("innvendinger", "04-innvendinger.ipynb", ("arbeidstaker",)),
    Workbook("avslag", "05-etter-avslag.ipynb", ("arbeidstaker", "tillitsvalgt")),
    Workbook("avtale", "06-avtale.ipynb", ("arbeidstaker", "hr")),
    Workbook("oppfolging", "07-oppfolging.ipynb", ("arbeidstaker",), searches=False),
    Workbook("spor", "08-spor.ipynb", ROLES),
    Workbook("hr", "10-hr-workshop.ipynb", ("hr",)),
    Workbook("verksted", "11-verksted.ipynb", ("hr", "arbeidstaker")),
    Workbook("tillitsvalgt", "20-tillitsvalgt.ipynb", ("tillitsvalgt",)),
    Workbook("leder", "30-leder.ipynb", ("leder", "hr")),
)

BY_SLUG = {w.slug: w for w in WORKBOOKS}
BY_NOTEBOOK = {w.notebook: w for w in WORKBOOKS}


def workbook(name: str) -> Workbook:
    """A workbook by slug ('situasjon') or notebook name ('01-situasjon.ipynb')."""
    found = BY_SLUG.get(name) or BY_NOTEBOOK.get(name) or BY_NOTEBOOK.get(f"{name}.ipynb")
    if found is None:
        raise KeyError(name)
    return found


def for_role(role: str | None) -> list[Workbook]:
    """The workbooks a role uses, in order (all of them if no role is chosen)."""
    return [w for w in WORKBOOKS if w.slug != "start" and (role is None or role in w.audience)]
