"""The names CPython's C accelerator of warnings exports. The warnings
machinery here is Python (the warnings module), so these are its own
objects: the filter list, the default action and once-registry, warn,
warn_explicit and the filter-change notice."""

import warnings as _impl

filters = _impl.filters
_defaultaction = _impl.defaultaction
_onceregistry = _impl.onceregistry
warn = _impl.warn
warn_explicit = _impl.warn_explicit
_filters_mutated = _impl._filters_mutated

del _impl
