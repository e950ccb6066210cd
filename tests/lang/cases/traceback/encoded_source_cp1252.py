# vim: set fileencoding=cp1252 :
# cp1252 has characters Latin-1 lacks (the euro sign, curly quotes).
price = "€ 5"
raise ValueError("“bad” " + price)
