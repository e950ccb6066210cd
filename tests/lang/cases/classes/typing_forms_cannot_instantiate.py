from typing import Any, ClassVar, NoReturn, Optional, Union

def attempt(label, make):
    try:
        print(label, 'made', make())
    except TypeError as exc:
        print(label, '->', exc)

attempt('Any()', lambda: Any())
attempt('type(Any)()', lambda: type(Any)())
attempt('NoReturn()', lambda: NoReturn())
attempt('type(NoReturn)()', lambda: type(NoReturn)())
attempt('ClassVar()', lambda: ClassVar())
attempt('type(ClassVar)(int)', lambda: type(ClassVar)(int))
attempt('Union()', lambda: Union())
attempt('type(Union)()', lambda: type(Union)())
attempt('Union[int, float]()', lambda: Union[int, float]())
attempt('Optional()', lambda: Optional())
attempt('type(Optional)()', lambda: type(Optional)())
