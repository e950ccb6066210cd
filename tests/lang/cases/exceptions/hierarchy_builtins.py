pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError),
         (FileNotFoundError, OSError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (UnicodeDecodeError, ValueError),
         (StopIteration, Exception), (GeneratorExit, Exception),
         (KeyboardInterrupt, Exception), (TimeoutError, OSError),
         (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError),
         (TabError, IndentationError), (UnboundLocalError, NameError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(IOError is OSError, EnvironmentError is OSError)
