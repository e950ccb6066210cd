import ast

def attempt(label, node, ctx_wrap=True):
    tree = ast.Expression(node)
    ast.fix_missing_locations(tree)
    try:
        code = compile(tree, '<tree>', 'eval')
        print(label, 'compiled')
    except (ValueError, TypeError) as exc:
        print(label, '->', type(exc).__name__, exc)

x = ast.Name('x', ast.Load())
attempt('name store', ast.Name('x', ast.Store()))
attempt('boolop one', ast.BoolOp(ast.And(), [x]))
attempt('compare none', ast.Compare(x, [], []))
attempt('compare uneven', ast.Compare(x, [ast.Eq()], [x, x]))
attempt('dict uneven', ast.Dict([x], []))
attempt('list none', ast.List([None], ast.Load()))
attempt('set none', ast.Set([None]))
attempt('listcomp no gens', ast.ListComp(x, []))
attempt('genexp target load', ast.GeneratorExp(
    x, [ast.comprehension(x, x, [], 0)]))
attempt('lambda defaults', ast.Lambda(
    ast.arguments([], None, [], [], None, [x]), x))
attempt('lambda kw', ast.Lambda(
    ast.arguments([], None, [ast.arg('k', None)], [], None, []), x))
attempt('starred del', ast.Starred(x, ast.Del()))
attempt('subscript ext', ast.Subscript(x, ast.ExtSlice([]), ast.Load()))
attempt('call', ast.Call(x, [ast.Name('y', ast.Store())], []))
attempt('ifexp', ast.IfExp(x, x, ast.Name('z', ast.Del())))
attempt('ok', ast.BinOp(x, ast.Add(), ast.Num(1)))
