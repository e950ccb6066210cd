import sys
sys.setrecursionlimit(100)

class Node:
    def visit(self):
        return self.visit()

try:
    Node().visit()
except RecursionError as e:
    print("method:", e)
