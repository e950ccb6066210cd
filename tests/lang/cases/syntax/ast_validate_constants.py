import ast

def attempt(label, value_node):
    tree = ast.Module([ast.Expr(value_node)])
    ast.fix_missing_locations(tree)
    try:
        compile(tree, '<tree>', 'exec')
        print(label, 'compiled')
    except (ValueError, TypeError) as exc:
        print(label, '->', type(exc).__name__, exc)

attempt('num str', ast.Num('1'))
attempt('str int', ast.Str(42))
attempt('bytes str', ast.Bytes('x'))
attempt('nameconstant 4', ast.NameConstant(4))
attempt('nameconstant 0', ast.NameConstant(0))
attempt('nameconstant True', ast.NameConstant(True))

tree = ast.parse('def f():\n    yield from g()\n')
tree.body[0].body[0].value.value = None
try:
    compile(tree, '<tree>', 'exec')
except ValueError as exc:
    print('yield from None ->', exc)

body = [ast.ImportFrom(module='string', names=[ast.alias(name='digits')],
                       level=None, lineno=None, col_offset=None)]
try:
    compile(ast.Module(body), '<tree>', 'exec')
except ValueError as exc:
    print('lineno None ->', exc)

body = [ast.ImportFrom(module='string', names=[ast.alias(name='digits')],
                       level=None, lineno=0, col_offset=0)]
ns = {}
exec(compile(ast.Module(body), '<tree>', 'exec'), ns)
print('imported', ns['digits'])
