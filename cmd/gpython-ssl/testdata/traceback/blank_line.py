# exec() a code object whose file name is blank_lines.txt: its line 3 is blank
exec(compile("\n\n1/0", "blank_lines.txt", "exec"))
