from argcheck import t
t('super(bogus=1)')
t('super(None, bogus=1)')
t('super(1)')
t('super(None)')
t('super(1, 2, 3)')
t('super(int, None)')
t('super(int, 1)')
