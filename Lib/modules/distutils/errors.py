"""The exceptions distutils raises: DistutilsError and the classes
derived from it, and CCompilerError and its kind."""


class DistutilsError(Exception):
    """The root of the errors distutils raises on purpose."""


class DistutilsModuleError(DistutilsError):
    """A module distutils needed could not be loaded."""


class DistutilsClassError(DistutilsError):
    """A command class lacks what a command needs."""


class DistutilsGetoptError(DistutilsError):
    """The option table of a command is malformed."""


class DistutilsArgError(DistutilsError):
    """The command line given to a setup script is wrong."""


class DistutilsFileError(DistutilsError):
    """A file or directory could not be read, written or found."""


class DistutilsOptionError(DistutilsError):
    """Option values that cannot be used together or at all."""


class DistutilsSetupError(DistutilsError):
    """setup() was given bad arguments."""


class DistutilsPlatformError(DistutilsError):
    """The platform does not support what was asked for."""


class DistutilsExecError(DistutilsError):
    """A program run by distutils could not run or failed."""


class DistutilsInternalError(DistutilsError):
    """distutils found its own state inconsistent."""


class DistutilsTemplateError(DistutilsError):
    """A MANIFEST.in template line is malformed."""


class DistutilsByteCompileError(DistutilsError):
    """Byte-compiling was refused."""


class CCompilerError(Exception):
    """The root of the errors of compiling C."""


class PreprocessError(CCompilerError):
    """The C preprocessor failed."""


class CompileError(CCompilerError):
    """A C source failed to compile."""


class LibError(CCompilerError):
    """A static library could not be made."""


class LinkError(CCompilerError):
    """Linking failed."""


class UnknownFileError(CCompilerError):
    """A file's type is not one the compiler knows."""
