from argcheck import t
t('globals(1)')
t('globals(x=1)')
t('locals(1)')
t('locals(x=1)')
t('globals(1, 2, 3)')
t('type(globals()).__name__')
t('type(locals()).__name__')
