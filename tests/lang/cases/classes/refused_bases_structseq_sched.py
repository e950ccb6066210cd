# os.sched_param is a struct sequence in 3.6: no class derives from it.
import os
try:
    class X(os.sched_param):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(os.sched_param.__module__, os.sched_param.n_fields, os.sched_param.n_sequence_fields, os.sched_param.n_unnamed_fields)
print(os.sched_param(3), os.sched_param(sched_priority=4).sched_priority)
