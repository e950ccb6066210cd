# coding: GBK
print("谸　ok")
print(repr("你好"))
