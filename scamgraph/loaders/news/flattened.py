"""The reader as one class: its mixins' methods copied into the class the reader is made from.

Why: the reader is built from some hundred mixin classes (one per kind of rule) and keeps over a
hundred attributes. Python 3.11 does not specialize a method call (``self._rule(...)``) on an
object with that many attributes (its attribute dict is no longer kept in the compact form the
specialized call needs), so every call looks its name up in the interpreter's type cache; that cache
is small and shared, most look-ups of the reader's ~800 names miss it, and a miss walks the classes
in method resolution order, one dict each, until one defines the name (7% of all the reader's
instructions under callgrind). With every name defined on the first class, a miss costs one dict.

Nothing else changes: each name is bound to what the method resolution order gave it (the mixins
stay the class's bases, so ``super()``, ``isinstance`` and the mixins' own class attributes read as
before), and the mixins stay the modules a reader of the rules edits.
"""

from __future__ import annotations

from typing import TypeVar

Kind = TypeVar("Kind", bound=type)


def flattened(cls: Kind) -> Kind:
    """A subclass of ``cls`` (same name and module) holding every attribute ``cls`` inherits or
    defines, but the ``__dunder__`` ones, each as ``cls``'s method resolution order resolves it
    (used as a class decorator)."""
    own: dict[str, object] = {}
    for klass in reversed(cls.__mro__):  # (a class earlier in the order overrides one after it)
        own.update((name, value) for name, value in vars(klass).items() if not name.startswith("__"))
    namespace = {**own, "__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
    return type(cls)(cls.__name__, (cls,), namespace)  # type: ignore[return-value]
