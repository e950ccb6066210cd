# compile() of a hand-built tree rejects what no source could produce.
import ast

def attempt(label, *body):
    tree = ast.Module(list(body))
    ast.fix_missing_locations(tree)
    try:
        compile(tree, '<tree>', 'exec')
        print(label, 'compiled')
    except (ValueError, TypeError) as exc:
        print(label, '->', type(exc).__name__, exc)

name = lambda n, ctx=ast.Load: ast.Name(n, ctx())
no_args = ast.arguments([], None, [], [], None, [])
attempt('def empty', ast.FunctionDef('f', no_args, [], [], None))
attempt('class empty', ast.ClassDef('C', [], [], [], []))
attempt('for empty', ast.For(name('x', ast.Store), name('y'), [], []))
attempt('while empty', ast.While(name('x'), [], []))
attempt('if empty', ast.If(name('x'), [], []))
attempt('with no items', ast.With([], [ast.Pass()]))
attempt('raise cause only', ast.Raise(None, name('c')))
attempt('try bare', ast.Try([ast.Pass()], [], [], []))
attempt('try else only', ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()]))
attempt('import none', ast.Import([]))
attempt('from level', ast.ImportFrom('m', [ast.alias('x', None)], -1))
attempt('global none', ast.Global([]))
attempt('delete none', ast.Delete([]))
attempt('assign none', ast.Assign([], ast.Num(1)))
attempt('assign load', ast.Assign([name('x')], ast.Num(1)))
attempt('body None', None)
attempt('ok', ast.Assign([name('x', ast.Store)], ast.Num(1)))
