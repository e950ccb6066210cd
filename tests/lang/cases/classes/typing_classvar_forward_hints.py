from typing import ClassVar, List, Optional, get_type_hints

class Settings:
    registry: ClassVar['Registry']
    names: ClassVar[List['Registry']]
    plain: 'Registry'
    maybe: Optional['Registry'] = None

class Registry:
    pass

for key, value in sorted(get_type_hints(Settings).items()):
    print(key, value)
