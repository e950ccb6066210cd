# A module's co_firstlineno: its first statement's line, a multi-line
# docstring counting on the line where it ends (as 3.6 numbers it).
sources = [
    '\n\n"""\nThe docstring.\nMore.\n"""\n\nimport os\n\nx: int = 1\n',
    '"""\nA\n"""\nx = 1\n',
    '"""one line"""\nx = 1\n',
    '\n\n# comment\nx: int = 3\n',
    "'''\n\n\n'''\n__annotations__['k'] = 2\n",
    '\n\nclass C:\n    """\n    doc\n    """\n',
]
for src in sources:
    print(compile(src, 'case', 'exec').co_firstlineno)
