import copy
import pickle
from typing import Any, ClassVar, List, NoReturn, Optional, TypeVar, Union

T = TypeVar('T')
for form in (Any, NoReturn, ClassVar, Union, Optional):
    back = pickle.loads(pickle.dumps(form))
    print(repr(form), back is form, copy.copy(form) is form,
          copy.deepcopy(form) is form)

for form in (Union[T, int], ClassVar[int], Optional[str]):
    print(repr(form), copy.copy(form) == form, copy.deepcopy(form) == form)
    try:
        pickle.dumps(form)
    except pickle.PicklingError as exc:
        print('  PicklingError:', exc)
