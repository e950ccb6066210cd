# A jump over more than 65535 bytes of code needs EXTENDED_ARG in the
# interpreter's layout: dis lays it out as 3.6 does, and a line that
# starts at such a jump starts at its EXTENDED_ARG.
import dis

src = "y = 0\ntry:\n    x = [" + "0, " * 22000 + "]\nexcept ValueError:\n    y = 1\nz = 2\n"
co = compile(src, "jump.py", "exec")
print(list(dis.findlinestarts(co))[:3], list(dis.findlinestarts(co))[-3:])
for ins in list(dis.get_instructions(co))[:6]:
    print(ins.offset, ins.opname, ins.arg, ins.argval, ins.starts_line)
ns = {}
exec(co, ns)
print(len(ns["x"]), ns["y"], ns["z"])
