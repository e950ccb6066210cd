# The same built-in method reached by getattr, by the class's descriptor
# and by operator.methodcaller behaves alike.
import operator

word = 'hello'
forms = [getattr(word, 'upper'), str.upper.__get__(word), str.upper.__get__(word, str)]
print([f() for f in forms], [f.__self__ is word for f in forms], [type(f).__name__ for f in forms])
print(operator.methodcaller('replace', 'l', 'L')(word), [m() for m in map(str.upper.__get__, ['a', 'b'])])
print(str.upper.__get__(None, str) is str.upper)
