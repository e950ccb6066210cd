# ast.get_docstring reads a docstring held by an ast.Constant (a tree
# built or rewritten by hand) as it does a Str; any other value is none.
import ast
tree = ast.parse("'docstring'\nx = 1")
print(ast.get_docstring(tree))
tree.body[0].value = ast.Constant(value='  constant\n    docstring')
print(ast.get_docstring(tree), repr(ast.get_docstring(tree, clean=False)))
tree.body[0].value = ast.Constant(value=b'bytes')
print(ast.get_docstring(tree))
tree.body[0].value = ast.Num(n=1)
print(ast.get_docstring(tree))
f = ast.parse("def f():\n    '''\n    doc\n      more\n    '''\n").body[0]
print(repr(ast.get_docstring(f)))
try:
    ast.get_docstring(ast.Name())
except TypeError as e:
    print(e)
