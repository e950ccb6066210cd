# Circular imports see the partly run module; from-import of a name it
# has not bound yet fails with ImportError.
import tree

tree.make({'circ/__init__.py': '', 'circ/a.py': 'A1 = 1\nfrom circ import b\nA2 = b.B + 1\n',
           'circ/b.py': 'from circ import a\nB = a.A1 + 10\ntry:\n    from circ.a import A2\nexcept ImportError as e:\n    print("b:", e)\n',
           'selfimp.py': 'import selfimp\nprint("self sees", selfimp.__name__, hasattr(selfimp, "LATER"))\nLATER = 1\n'})
import circ.a
print(circ.a.A1, circ.a.A2, circ.b.B)
import selfimp
print(selfimp.LATER)
