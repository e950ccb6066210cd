"""Non-terminal symbols of Python grammar (from "graminit.h")."""

# Each grammar rule's name is a module constant numbering it (from 256, in
# the order of the 3.6 grammar); sym_name maps the numbers back to names.

_RULES = """
    single_input file_input eval_input decorator decorators decorated
    async_funcdef funcdef parameters typedargslist tfpdef varargslist
    vfpdef stmt simple_stmt small_stmt expr_stmt annassign
    testlist_star_expr augassign del_stmt pass_stmt flow_stmt break_stmt
    continue_stmt return_stmt yield_stmt raise_stmt import_stmt
    import_name import_from import_as_name dotted_as_name
    import_as_names dotted_as_names dotted_name global_stmt
    nonlocal_stmt assert_stmt compound_stmt async_stmt if_stmt
    while_stmt for_stmt try_stmt with_stmt with_item except_clause suite
    test test_nocond lambdef lambdef_nocond or_test and_test not_test
    comparison comp_op star_expr expr xor_expr and_expr shift_expr
    arith_expr term factor power atom_expr atom testlist_comp trailer
    subscriptlist subscript sliceop exprlist testlist dictorsetmaker
    classdef arglist argument comp_iter comp_for comp_if encoding_decl
    yield_expr yield_arg
""".split()

sym_name = {}
for _value, _name in enumerate(_RULES, 256):
    globals()[_name] = _value
    sym_name[_value] = _name
del _RULES


def _main():
    """Print the numbering (the generator of the original file is not
    needed here)."""
    for value in sorted(sym_name):
        print("%s = %d" % (sym_name[value], value))


if __name__ == "__main__":
    _main()
