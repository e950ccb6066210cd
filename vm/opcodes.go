package vm

// Opcodes of the bytecode gpython's compiler emits (CPython 3.4's set).
const (
	opPOP_TOP              = 1
	opROT_TWO              = 2
	opROT_THREE            = 3
	opDUP_TOP              = 4
	opDUP_TOP_TWO          = 5
	opNOP                  = 9
	opUNARY_POSITIVE       = 10
	opUNARY_NEGATIVE       = 11
	opUNARY_NOT            = 12
	opUNARY_INVERT         = 15
	opBINARY_POWER         = 19
	opBINARY_MULTIPLY      = 20
	opBINARY_MODULO        = 22
	opBINARY_ADD           = 23
	opBINARY_SUBTRACT      = 24
	opBINARY_SUBSCR        = 25
	opBINARY_FLOOR_DIVIDE  = 26
	opBINARY_TRUE_DIVIDE   = 27
	opINPLACE_FLOOR_DIVIDE = 28
	opINPLACE_TRUE_DIVIDE  = 29
	opSTORE_MAP            = 54
	opINPLACE_ADD          = 55
	opINPLACE_SUBTRACT     = 56
	opINPLACE_MULTIPLY     = 57
	opINPLACE_MODULO       = 59
	opSTORE_SUBSCR         = 60
	opDELETE_SUBSCR        = 61
	opBINARY_LSHIFT        = 62
	opBINARY_RSHIFT        = 63
	opBINARY_AND           = 64
	opBINARY_XOR           = 65
	opBINARY_OR            = 66
	opINPLACE_POWER        = 67
	opGET_ITER             = 68
	opPRINT_EXPR           = 70
	opLOAD_BUILD_CLASS     = 71
	opYIELD_FROM           = 72
	opINPLACE_LSHIFT       = 75
	opINPLACE_RSHIFT       = 76
	opINPLACE_AND          = 77
	opINPLACE_XOR          = 78
	opINPLACE_OR           = 79
	opBREAK_LOOP           = 80
	opWITH_CLEANUP         = 81
	opRETURN_VALUE         = 83
	opIMPORT_STAR          = 84
	opYIELD_VALUE          = 86
	opPOP_BLOCK            = 87
	opEND_FINALLY          = 88
	opPOP_EXCEPT           = 89

	opHaveArgument = 90

	opSTORE_NAME           = 90
	opDELETE_NAME          = 91
	opUNPACK_SEQUENCE      = 92
	opFOR_ITER             = 93
	opUNPACK_EX            = 94
	opSTORE_ATTR           = 95
	opDELETE_ATTR          = 96
	opSTORE_GLOBAL         = 97
	opDELETE_GLOBAL        = 98
	opLOAD_CONST           = 100
	opLOAD_NAME            = 101
	opBUILD_TUPLE          = 102
	opBUILD_LIST           = 103
	opBUILD_SET            = 104
	opBUILD_MAP            = 105
	opLOAD_ATTR            = 106
	opCOMPARE_OP           = 107
	opIMPORT_NAME          = 108
	opIMPORT_FROM          = 109
	opJUMP_FORWARD         = 110
	opJUMP_IF_FALSE_OR_POP = 111
	opJUMP_IF_TRUE_OR_POP  = 112
	opJUMP_ABSOLUTE        = 113
	opPOP_JUMP_IF_FALSE    = 114
	opPOP_JUMP_IF_TRUE     = 115
	opLOAD_GLOBAL          = 116
	opCONTINUE_LOOP        = 119
	opSETUP_LOOP           = 120
	opSETUP_EXCEPT         = 121
	opSETUP_FINALLY        = 122
	opLOAD_FAST            = 124
	opSTORE_FAST           = 125
	opDELETE_FAST          = 126
	opRAISE_VARARGS        = 130
	opCALL_FUNCTION        = 131
	opMAKE_FUNCTION        = 132
	opBUILD_SLICE          = 133
	opMAKE_CLOSURE         = 134
	opLOAD_CLOSURE         = 135
	opLOAD_DEREF           = 136
	opSTORE_DEREF          = 137
	opDELETE_DEREF         = 138
	opCALL_FUNCTION_VAR    = 140
	opCALL_FUNCTION_KW     = 141
	opCALL_FUNCTION_VAR_KW = 142
	opSETUP_WITH           = 143
	opEXTENDED_ARG         = 144
	opLIST_APPEND          = 145
	opSET_ADD              = 146
	opMAP_ADD              = 147
	opLOAD_CLASSDEREF      = 148

	// opSLICE_SUBSCR is not a Python opcode either: decode fuses
	// BUILD_SLICE 2 + BINARY_SUBSCR (x[a:b]) into it, so a plain slice of a
	// sequence allocates no slice object.
	opSLICE_SUBSCR = 254

	// opLOAD_METHOD and opCALL_METHOD are not Python opcodes: decode
	// turns a LOAD_ATTR whose value only feeds a CALL_FUNCTION (obj.m(...))
	// into this pair (fast_method.go), so calling a method makes no bound
	// method object.
	opLOAD_METHOD = 252
	opCALL_METHOD = 253

	// opCOMPARE_JUMP_IF_FALSE and opCOMPARE_JUMP_IF_TRUE are not Python
	// opcodes: decode fuses COMPARE_OP + POP_JUMP_IF_FALSE/TRUE into them
	// (fast_compare.go); arg is the jump target << 4 | the comparison.
	opCOMPARE_JUMP_IF_FALSE = 250
	opCOMPARE_JUMP_IF_TRUE  = 251

	// opLOAD_FAST_CONST is not a Python opcode: decode marks a LOAD_FAST
	// followed by LOAD_CONST and an int operation it can finish in place
	// (local_const.go); arg is LOAD_FAST's.
	opLOAD_FAST_CONST = 249

	// opBUILD_LIST_HINTED is not a Python opcode: decode turns the
	// BUILD_LIST 0 that opens a list comprehension into it, and its list
	// gets the capacity its iterator has left (fast_listcomp.go).
	opBUILD_LIST_HINTED = 248

	// opMAKE_COMPREHENSION is not a Python opcode: decode turns the
	// MAKE_FUNCTION 0 of a comprehension called at once into it
	// (comprehension_call.go); arg indexes the code's comps.
	opMAKE_COMPREHENSION = 247

	// Superinstructions (fast_super.go): decode marks the first
	// instruction of each of these runs, leaving the others in place; the
	// marked one does the whole run and moves past it.
	opLOAD_FAST_METHOD   = 240 // LOAD_FAST + LOAD_METHOD
	opSTORE_LOAD_FAST    = 241 // STORE_FAST + LOAD_FAST
	opROT_STORE_ATTR     = 242 // ROT_TWO + STORE_ATTR
	opLOAD_FAST_DUP_ATTR = 243 // LOAD_FAST + DUP_TOP + LOAD_ATTR
	opLOAD_FAST_ATTR     = 244 // LOAD_FAST + LOAD_ATTR
	opLOAD_FAST_FAST     = 245 // LOAD_FAST + LOAD_FAST

	// opEnd is not a Python opcode: decode appends it after the last
	// instruction so that running off the end is caught in one place.
	opEnd = 255
)

// COMPARE_OP arguments.
const (
	cmpLT = iota
	cmpLE
	cmpEQ
	cmpNE
	cmpGT
	cmpGE
	cmpIN
	cmpNOT_IN
	cmpIS
	cmpIS_NOT
	cmpEXC_MATCH
)

// why says why the block stack is being unwound (CPython 3.4's WHY_*);
// the values are pushed on the value stack by the finally protocol, so
// they are part of the bytecode contract.
type why int

const (
	whyNot why = iota
	whyException
	whyReturn
	whyBreak
	whyContinue
	whyYield
	whySilenced
)
