"""The opcodes of the bytecode this interpreter's compiler emits.

Code objects here hold CPython 3.4-style bytecode (gpython's compiler):
an instruction is one opcode byte, followed, for opcodes at or above
HAVE_ARGUMENT, by a two-byte little-endian argument, which EXTENDED_ARG
widens. opname maps numbers to names, opmap names to numbers, and the
has* lists say how an argument is read. WITH_CLEANUP_START does the work
of 3.6's WITH_CLEANUP_START and WITH_CLEANUP_FINISH together: dis shows
the pair. 3.6's MAKE_FUNCTION (flags) is coded 139, since 132 keeps
3.4's meaning here: dis shows it as 3.6 numbers and names it.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is",
          "is not", "exception match", "BAD")

opmap = {}
opname = ["<%r>" % (n,) for n in range(256)]

# Each opcode: number, name, and how its argument is read ("" for none or
# a plain count). The stack effect is given separately (_EFFECTS).
_TABLE = (
    (1, "POP_TOP", ""), (2, "ROT_TWO", ""), (3, "ROT_THREE", ""),
    (4, "DUP_TOP", ""), (5, "DUP_TOP_TWO", ""), (9, "NOP", ""),
    (10, "UNARY_POSITIVE", ""), (11, "UNARY_NEGATIVE", ""),
    (12, "UNARY_NOT", ""), (15, "UNARY_INVERT", ""),
    (19, "BINARY_POWER", ""), (20, "BINARY_MULTIPLY", ""),
    (22, "BINARY_MODULO", ""), (23, "BINARY_ADD", ""),
    (24, "BINARY_SUBTRACT", ""), (25, "BINARY_SUBSCR", ""),
    (26, "BINARY_FLOOR_DIVIDE", ""), (27, "BINARY_TRUE_DIVIDE", ""),
    (28, "INPLACE_FLOOR_DIVIDE", ""), (29, "INPLACE_TRUE_DIVIDE", ""),
    (54, "STORE_MAP", ""), (55, "INPLACE_ADD", ""),
    (56, "INPLACE_SUBTRACT", ""), (57, "INPLACE_MULTIPLY", ""),
    (59, "INPLACE_MODULO", ""), (60, "STORE_SUBSCR", ""),
    (61, "DELETE_SUBSCR", ""), (62, "BINARY_LSHIFT", ""),
    (63, "BINARY_RSHIFT", ""), (64, "BINARY_AND", ""),
    (65, "BINARY_XOR", ""), (66, "BINARY_OR", ""),
    (67, "INPLACE_POWER", ""), (68, "GET_ITER", ""),
    (70, "PRINT_EXPR", ""), (71, "LOAD_BUILD_CLASS", ""),
    (72, "YIELD_FROM", ""), (75, "INPLACE_LSHIFT", ""),
    (76, "INPLACE_RSHIFT", ""), (77, "INPLACE_AND", ""),
    (78, "INPLACE_XOR", ""), (79, "INPLACE_OR", ""),
    (80, "BREAK_LOOP", ""), (81, "WITH_CLEANUP_START", ""),
    (82, "WITH_CLEANUP_FINISH", ""),
    (83, "RETURN_VALUE", ""), (84, "IMPORT_STAR", ""),
    (85, "SETUP_ANNOTATIONS", ""),
    (86, "YIELD_VALUE", ""), (87, "POP_BLOCK", ""),
    (88, "END_FINALLY", ""), (89, "POP_EXCEPT", ""),
    (90, "STORE_NAME", "name"), (91, "DELETE_NAME", "name"),
    (92, "UNPACK_SEQUENCE", ""), (93, "FOR_ITER", "jrel"),
    (94, "UNPACK_EX", ""), (95, "STORE_ATTR", "name"),
    (96, "DELETE_ATTR", "name"), (97, "STORE_GLOBAL", "name"),
    (98, "DELETE_GLOBAL", "name"), (100, "LOAD_CONST", "const"),
    (101, "LOAD_NAME", "name"), (102, "BUILD_TUPLE", ""),
    (103, "BUILD_LIST", ""), (104, "BUILD_SET", ""),
    (105, "BUILD_MAP", ""), (106, "LOAD_ATTR", "name"),
    (107, "COMPARE_OP", "compare"), (108, "IMPORT_NAME", "name"),
    (109, "IMPORT_FROM", "name"), (110, "JUMP_FORWARD", "jrel"),
    (111, "JUMP_IF_FALSE_OR_POP", "jabs"),
    (112, "JUMP_IF_TRUE_OR_POP", "jabs"),
    (113, "JUMP_ABSOLUTE", "jabs"), (114, "POP_JUMP_IF_FALSE", "jabs"),
    (115, "POP_JUMP_IF_TRUE", "jabs"), (116, "LOAD_GLOBAL", "name"),
    (119, "CONTINUE_LOOP", "jabs"), (120, "SETUP_LOOP", "jrel"),
    (121, "SETUP_EXCEPT", "jrel"), (122, "SETUP_FINALLY", "jrel"),
    (124, "LOAD_FAST", "local"), (125, "STORE_FAST", "local"),
    (126, "DELETE_FAST", "local"), (127, "STORE_ANNOTATION", "name"), (130, "RAISE_VARARGS", ""),
    (131, "CALL_FUNCTION", "nargs"), (132, "MAKE_FUNCTION", ""),
    (133, "BUILD_SLICE", ""), (134, "MAKE_CLOSURE", ""),
    (135, "LOAD_CLOSURE", "free"), (136, "LOAD_DEREF", "free"),
    (137, "STORE_DEREF", "free"), (138, "DELETE_DEREF", "free"),
    (140, "CALL_FUNCTION_VAR", "nargs"),
    (141, "CALL_FUNCTION_KW", "nargs"),
    (142, "CALL_FUNCTION_VAR_KW", "nargs"), (143, "SETUP_WITH", "jrel"),
    (144, "EXTENDED_ARG", ""), (145, "LIST_APPEND", ""),
    (146, "SET_ADD", ""), (147, "MAP_ADD", ""),
    (148, "LOAD_CLASSDEREF", "free"), (149, "BUILD_LIST_UNPACK", ""),
    (150, "BUILD_MAP_UNPACK", ""), (151, "BUILD_MAP_UNPACK_WITH_CALL", ""),
    (152, "BUILD_TUPLE_UNPACK", ""), (153, "BUILD_SET_UNPACK", ""),
    (158, "BUILD_TUPLE_UNPACK_WITH_CALL", ""), (155, "FORMAT_VALUE", ""),
    (156, "BUILD_CONST_KEY_MAP", ""), (157, "BUILD_STRING", ""),
)

for _number, _name, _kind in _TABLE:
    opname[_number], opmap[_name] = _name, _number


def _having(kind):
    # The opcodes whose argument is read as kind says.
    return [number for number, name, k in _TABLE if k == kind]


(hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree,
 hasnargs) = map(_having, ("const", "name", "jrel", "jabs", "local",
                           "compare", "free", "nargs"))
del _number, _name, _kind

HAVE_ARGUMENT = 90
EXTENDED_ARG = 144

# Stack effects that do not depend on the argument; None marks those that
# do (computed in stack_effect).
_EFFECTS = {
    "POP_TOP": -1, "ROT_TWO": 0, "ROT_THREE": 0, "DUP_TOP": 1,
    "DUP_TOP_TWO": 2, "NOP": 0, "UNARY_POSITIVE": 0, "UNARY_NEGATIVE": 0,
    "UNARY_NOT": 0, "UNARY_INVERT": 0, "STORE_MAP": -2, "STORE_SUBSCR": -3,
    "DELETE_SUBSCR": -2, "GET_ITER": 0, "PRINT_EXPR": -1,
    "LOAD_BUILD_CLASS": 1, "YIELD_FROM": -1, "BREAK_LOOP": 0,
    "WITH_CLEANUP_START": 1,
    "WITH_CLEANUP_FINISH": -1, "RETURN_VALUE": -1, "IMPORT_STAR": -1,
    "YIELD_VALUE": 0, "POP_BLOCK": 0, "END_FINALLY": -1, "POP_EXCEPT": 0,
    "STORE_NAME": -1, "DELETE_NAME": 0, "FOR_ITER": 1, "STORE_ATTR": -2,
    "DELETE_ATTR": -1, "STORE_GLOBAL": -1, "DELETE_GLOBAL": 0,
    "LOAD_CONST": 1, "LOAD_NAME": 1, "BUILD_MAP": 1, "LOAD_ATTR": 0,
    "COMPARE_OP": -1, "IMPORT_NAME": -1, "IMPORT_FROM": 1,
    "JUMP_FORWARD": 0, "JUMP_IF_FALSE_OR_POP": 0, "JUMP_IF_TRUE_OR_POP": 0,
    "JUMP_ABSOLUTE": 0, "POP_JUMP_IF_FALSE": -1, "POP_JUMP_IF_TRUE": -1,
    "LOAD_GLOBAL": 1, "CONTINUE_LOOP": 0, "SETUP_LOOP": 0,
    "SETUP_EXCEPT": 6, "SETUP_FINALLY": 6, "LOAD_FAST": 1,
    "STORE_FAST": -1, "DELETE_FAST": 0, "LOAD_CLOSURE": 1,
    "LOAD_DEREF": 1, "STORE_DEREF": -1, "DELETE_DEREF": 0,
    "SETUP_WITH": 7, "LIST_APPEND": -1, "SET_ADD": -1, "MAP_ADD": -2,
    "LOAD_CLASSDEREF": 1, "SETUP_ANNOTATIONS": 0, "STORE_ANNOTATION": -1,
}


def stack_effect(opcode, oparg=None):
    """The change in stack depth that running opcode with oparg causes."""
    if not isinstance(opcode, int):
        raise TypeError("an integer is required (got type %s)" %
                        type(opcode).__name__)
    name = opname[opcode] if 0 <= opcode < 256 else None
    if name is None or name.startswith("<") or name == "EXTENDED_ARG":
        raise ValueError("invalid opcode or oparg")
    if opcode >= HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError(
                "stack_effect: opcode requires oparg but oparg was not "
                "specified")
    elif oparg is not None:
        raise ValueError(
            "stack_effect: opcode does not permit oparg but oparg was "
            "specified")
    if name.startswith(("BINARY_", "INPLACE_")):
        return -1
    if name in _EFFECTS:
        return _EFFECTS[name]
    if name == "UNPACK_SEQUENCE":
        return oparg - 1
    if name == "UNPACK_EX":
        return (oparg & 0xFF) + (oparg >> 8)
    if name in ("BUILD_TUPLE", "BUILD_LIST", "BUILD_SET") or \
            name.endswith(("_UNPACK", "_UNPACK_WITH_CALL")):
        return 1 - oparg
    if name == "RAISE_VARARGS":
        return -oparg
    if name.startswith("CALL_FUNCTION"):
        n = -((oparg & 0xFF) + 2 * (oparg >> 8))
        if name in ("CALL_FUNCTION_VAR", "CALL_FUNCTION_KW"):
            n -= 1
        elif name == "CALL_FUNCTION_VAR_KW":
            n -= 2
        return n
    if name in ("MAKE_FUNCTION", "MAKE_CLOSURE"):
        n = -1 - (oparg & 0xFF) - 2 * ((oparg >> 8) & 0xFF) - \
            ((oparg >> 16) & 0x7FFF)
        if name == "MAKE_CLOSURE":
            n -= 1
        return n
    if name == "FORMAT_VALUE":
        return -1 if oparg & 4 else 0
    if name == "BUILD_STRING":
        return 1 - oparg
    if name == "BUILD_CONST_KEY_MAP":
        return -oparg
    if name == "BUILD_SLICE":
        return -2 if oparg == 3 else -1
    raise ValueError("invalid opcode or oparg")
