# A break belongs to a loop body of its own function, class or lambda:
# one in a nested def or class, or in a loop's else clause, is stray
# (unless 3.6 drops the code holding it).
def try_compile(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "ok")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)

try_compile("def in loop", "while x:\n    def f():\n        break\n")
try_compile("class in loop", "for x in y:\n    class C:\n        break\n")
try_compile("async def in loop", "for x in y:\n    async def f():\n        break\n")
try_compile("for else in loop", "while x:\n    for y in z:\n        pass\n    else:\n        break\n")
try_compile("for else alone", "for y in z:\n    pass\nelse:\n    break\n")
try_compile("while else alone", "while y:\n    pass\nelse:\n    break\n")
try_compile("nested ifs", "for x in y:\n    if a:\n        try:\n            with b:\n                break\n        finally:\n            pass\n")
try_compile("async for", "async def f():\n    async for x in y:\n        break\n")
try_compile("dead while", "while 0:\n    break\n")
try_compile("after lambda", "while x:\n    f = lambda: 1\n    break\n")
try_compile("def then loop", "def f():\n    for x in y:\n        break\n    break\n")
try_compile("loop body after def", "for x in y:\n    def f():\n        pass\n    break\n")
