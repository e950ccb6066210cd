# Identifiers are NFKC-normalized (PEP 3131) wherever source is compiled:
# scripts, exec/eval and ast.parse; string literals keep their text.
class T:
    ä = 1
    µ = 2 # this is a compatibility character
    蟒 = 3
    x󠄀 = 4
print(getattr(T, "\xe4"), getattr(T, "\u03bc"), getattr(T, '\u87d2'), getattr(T, 'x\U000E0100'))
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1
print("Unicode" in dir(), Unicode)
def ﬁnd(ﬂag=1, *, ǆ=2):
    return ﬂag + ǆ
print(find(flag=3, dž=4), find.__name__, find.__code__.co_varnames)
s = "µ ﬁ"
print(s, len(s), f"{µ}" if False else "")
import ast
print([n.id for n in ast.walk(ast.parse("µ = ﬁ")) if isinstance(n, ast.Name)])
print(eval("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 + 1"))
exec("ℌ = 5"); print(H)
