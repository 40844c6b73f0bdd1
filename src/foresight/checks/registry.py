"""The explicit registry of checks: each rule module declares itself with a decorator.

Rules are imported by name from :mod:`foresight.checks.rules` (no folder scanning). A rule
that cites a learning point the library does not know, reads a setting missing from the
defaults, reuses a code or lacks one of the four docstring sections fails at import.

>>> from foresight.checks import REGISTRY
>>> REGISTRY["FS-NAT2"].learning_points
('NAT2',)
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foresight.checks.settings import default_settings
from foresight.learning import learning_point
from foresight.model.outcomes import Outcome

if TYPE_CHECKING:
    from foresight.checks.context import CheckContext
    from foresight.model.case import Case

CheckFunc = Callable[["Case", "CheckContext"], Iterable[Outcome]]

SECTIONS = (
    "Why it matters",
    "What triggers it",
    "What the record should show",
    "What it cannot know",
)
_CODE = re.compile(r"^FS-[A-Z0-9]+(-[A-Z0-9]+)*$")


class RegistrationError(ValueError):
    """A check declared wrongly: a programming error caught at import, never at run time."""


@dataclass(frozen=True)
class CheckSpec:
    """One registered check: its code, title, the learning points it encodes, the settings it
    reads and the function ``(case, ctx) -> outcomes``."""

    code: str
    title: str
    learning_points: tuple[str, ...]
    settings: tuple[str, ...]
    func: CheckFunc

    @property
    def sections(self) -> dict[str, str]:
        """The four docstring sections by heading (see :data:`SECTIONS`)."""
        return docstring_sections(self.func.__doc__ or "")

    @property
    def cannot_know(self) -> str:
        """The "What it cannot know" section as a sentence, for a finding to carry."""
        text = self.sections.get("What it cannot know", "")
        return text[:1].upper() + text[1:]


class Registry:
    """An ordered collection of :class:`CheckSpec`, filled by :meth:`register`."""

    def __init__(self) -> None:
        self._specs: dict[str, CheckSpec] = {}

    def register(
        self,
        *,
        code: str,
        learning_points: tuple[str, ...],
        title: str,
        settings: tuple[str, ...] = (),
    ) -> Callable[[CheckFunc], CheckFunc]:
        """Declare a check; the decorated function is returned unchanged.

        >>> registry = Registry()
        >>> @registry.register(code="FS-NAT2", learning_points=("NAT2",), title="...")
        ... def check(case, ctx):
        ...     '''Why it matters: a. What triggers it: b.
        ...     What the record should show: c. What it cannot know: d.'''
        ...     return ()
        >>> [spec.code for spec in registry]
        ['FS-NAT2']
        """

        def decorate(func: CheckFunc) -> CheckFunc:
            spec = CheckSpec(code, title, tuple(learning_points), tuple(settings), func)
            _validate(spec, self._specs)
            self._specs[code] = spec
            return func

        return decorate

    def __iter__(self) -> Iterator[CheckSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __getitem__(self, code: str) -> CheckSpec:
        return self._specs[code]

    def __contains__(self, code: object) -> bool:
        return code in self._specs

    def codes(self) -> tuple[str, ...]:
        return tuple(self._specs)


def docstring_sections(doc: str) -> dict[str, str]:
    """Split a check's docstring into its four sections, each as one line of text."""
    text = " ".join(inspect.cleandoc(doc).split())
    pattern = "|".join(re.escape(s) for s in SECTIONS)
    parts = re.split(rf"\b({pattern})\s*:\s*", text)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def _validate(spec: CheckSpec, known: dict[str, CheckSpec]) -> None:
    where = f"check {spec.code} ({spec.func.__module__}.{spec.func.__qualname__})"
    if not _CODE.match(spec.code):
        raise RegistrationError(f"{where}: a check code looks like 'FS-NAT2'")
    if spec.code in known:
        raise RegistrationError(f"{where}: the code is already registered")
    if not spec.learning_points:
        raise RegistrationError(f"{where}: cites no learning point")
    for point in spec.learning_points:
        try:
            learning_point(point)
        except KeyError:
            raise RegistrationError(
                f"{where}: the learning library has no learning point {point!r}"
            ) from None
    defaults = default_settings()
    for name in spec.settings:
        if name not in defaults:
            raise RegistrationError(f"{where}: reads setting {name!r}, which has no default")
    missing = [s for s in SECTIONS if s not in docstring_sections(spec.func.__doc__ or "")]
    if missing:
        raise RegistrationError(f"{where}: its docstring lacks {', '.join(missing)}")


REGISTRY = Registry()
"""The one registry of Foresight's checks, filled by importing :mod:`foresight.checks.rules`."""
