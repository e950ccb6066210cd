# A chain of binary operators of one precedence level that spans lines:
# CPython 3.6 gives what it evaluates before its last operator's line
# that line (the last BinOp's lineno), in tracebacks, dis and co_lnotab.
import dis
import sys
import traceback


def boom():
    raise ValueError('boom')


def first_operand():
    x = (boom() +
         1 +
         2)
    return x


def middle_operand():
    return (1 +
            boom() +
            2 -
            3)


def in_list():
    return [boom() *
            2 *
            3, 4]


def nested_chains():
    x = ((boom() +
          1 +
          2) *
         3 *
         4)
    return x


def call_argument():
    print(1, (boom() |
              2 | 3 | 4))


def backslashes():
    x = boom() + \
        1 + \
        2
    return x


def one_operator(a, b):
    return (a -
            b)


def operand_fails(a, b, c):
    x = (a +
         b +
         c)
    return x


def with_lambda():
    return (1 -
            (lambda: boom())() -
            3)


for fn, args in [(first_operand, ()), (middle_operand, ()), (in_list, ()),
                 (nested_chains, ()), (call_argument, ()), (backslashes, ()),
                 (one_operator, (1, None)), (operand_fails, (1, None, 2)),
                 (operand_fails, (1, 2, None)), (with_lambda, ())]:
    try:
        fn(*args)
    except Exception:
        traceback.print_exc(limit=2, file=sys.stdout)
    print([line for _, line in dis.findlinestarts(fn.__code__)])
dis.dis(first_operand)
dis.dis(nested_chains)

# exec and eval code: the first instruction's line is co_firstlineno.
try:
    exec(compile("r = (1 +\n 2 +\n undefined_x)\n", "<s>", "exec"))
except NameError:
    traceback.print_exc(limit=-1, file=sys.stdout)
try:
    eval("(undefined_y +\n 1 +\n 2)")
except NameError:
    traceback.print_exc(limit=-1, file=sys.stdout)
for src, mode in [("(q -\n 1 -\n 2)", "eval"), ("\n\nq", "eval"),
                  ("x = (1 +\n 2 +\n y)", "exec"), ("(q -\n 1)", "eval")]:
    co = compile(src, "<c>", mode)
    print(co.co_firstlineno, list(dis.findlinestarts(co)))
