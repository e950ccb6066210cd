"""Import-system classes: module specs, finders and loaders, as
importlib.machinery names them."""

from importlib._bootstrap import (ModuleSpec, BuiltinImporter,
                                  FrozenImporter)
from importlib._bootstrap_external import (
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, FileFinder, PathFinder,
    SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader)


def all_suffixes():
    """Every file suffix the import system recognises, sources first."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class WindowsRegistryFinder:
    """Finder of modules declared in the Windows registry: none here."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None
