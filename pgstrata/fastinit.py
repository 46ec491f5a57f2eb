"""A faster ``__init__`` for frozen, slotted dataclasses (the model's values and plan changes).

``@dataclass(frozen=True, slots=True)`` stores each field with
``object.__setattr__(self, name, value)``: a global lookup, an attribute lookup and a call
per field.  An extract of 10,000 tables makes some 300,000 such values, and that was close to a
tenth of its time.  :func:`fast_init` gives the class an ``__init__`` with the same signature
that stores each field through its slot's own setter, bound once: half the cost.  Instances
stay frozen (assigning a field still raises ``FrozenInstanceError``); equality, hashing,
``repr`` and ``dataclasses.replace`` are the dataclass's own.

A class may name slots derived from the fields in ``__derived__``, pairs of (slot, method):
the new ``__init__`` sets each slot to the method's result once the fields are set (so does
unpickling and ``copy``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def fast_init(cls: T) -> T:
    """Replace the ``__init__`` of the frozen, slotted dataclass ``cls`` (see the module docstring)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not (params.frozen and "__slots__" in cls.__dict__) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: fast_init needs a frozen, slotted dataclass without __post_init__")
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if any(f.kw_only for f in fields) or len(fields) != len(dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__}: fast_init handles positional fields only")
    scope: dict[str, Any] = {"_MISSING": dataclasses.MISSING}
    params_text, body = [], []
    for i, f in enumerate(fields):
        scope[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            scope[f"_default{i}"] = f.default
            params_text.append(f"{f.name}=_default{i}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory{i}"] = f.default_factory
            params_text.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING: {f.name} = _factory{i}()")
        else:
            params_text.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    derived = getattr(cls, "__derived__", ())
    for j, (slot, method) in enumerate(derived):
        scope[f"_derive{j}"] = getattr(cls, slot).__set__
        body.append(f"    _derive{j}(self, self.{method}())")
    names = ", ".join(scope)
    source = (f"def _make({names}):\n"
              f"  def __init__(self, {', '.join(params_text)}):\n"
              + "\n".join("  " + line for line in body or ["    pass"])
              + "\n  return __init__\n")
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - the source is made above from the class's own fields
    init = namespace["_make"](*scope.values())
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    if derived:
        _derive_on_setstate(cls, derived)
    return cls


def _derive_on_setstate(cls: type, derived: tuple[tuple[str, str], ...]) -> None:
    """``__setstate__`` (unpickling, ``copy``) sets the derived slots too."""
    restore = cls.__setstate__  # type: ignore[attr-defined]
    setters = [(getattr(cls, slot).__set__, method) for slot, method in derived]

    def __setstate__(self: Any, state: Any) -> None:
        restore(self, state)
        for setter, method in setters:
            setter(self, getattr(self, method)())

    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]


def fast_inits(namespace: dict[str, Any]) -> None:
    """:func:`fast_init` for every dataclass a module defines (pass the module's ``globals()``)."""
    module = namespace["__name__"]
    for value in list(namespace.values()):
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module:
            fast_init(value)
