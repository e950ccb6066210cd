"""A renewal scheduler built on heapq and bisect, with fractions and statistics for reporting."""
import bisect
import heapq
import statistics
from fractions import Fraction
from datetime import date, timedelta
import itertools


class Job:
    _ids = itertools.count(1)

    def __init__(self, due, host, priority=5):
        self.id = next(self._ids)
        self.due = due
        self.host = host
        self.priority = priority

    def __lt__(self, other):
        return (self.due, self.priority, self.id) < (other.due, other.priority, other.id)

    def __repr__(self):
        return "Job#%d(%s, %s, p%d)" % (self.id, self.host, self.due.isoformat(), self.priority)


class Scheduler:
    def __init__(self):
        self.heap = []

    def add(self, job):
        heapq.heappush(self.heap, job)

    def due(self, today):
        while self.heap and self.heap[0].due <= today:
            yield heapq.heappop(self.heap)

    def __len__(self):
        return len(self.heap)


start = date(2024, 1, 1)
s = Scheduler()
for i, (host, days, prio) in enumerate([("a", 10, 5), ("b", 3, 1), ("c", 10, 2), ("d", 40, 5), ("e", 3, 9),
                                        ("f", 0, 5)]):
    s.add(Job(start + timedelta(days=days), host, prio))
print(len(s), s.heap[0])
for day in (0, 5, 20):
    today = start + timedelta(days=day)
    print(today, list(s.due(today)))
print("left:", len(s))

nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
h = list(nums)
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
pq = []
for item in [(2, "renew"), (1, "revoke"), (2, "audit"), (0, "alert")]:
    heapq.heappush(pq, item)
print([heapq.heappop(pq) for _ in range(len(pq))])

thresholds = [7, 14, 30, 90]
labels = ["critical", "urgent", "soon", "later", "fine"]
for d in [0, 7, 8, 30, 31, 100, -5]:
    print(d, labels[bisect.bisect_left(thresholds, d)], labels[bisect.bisect_right(thresholds, d)])
sorted_days = []
for d in [30, 5, 90, 5, 12]:
    bisect.insort(sorted_days, d)
print(sorted_days, bisect.bisect(sorted_days, 5), bisect.bisect_left(sorted_days, 5, 1, 3))

latencies_ms = [12.5, 15.0, 11.2, 30.1, 14.4, 12.5, 13.3, 90.0]
print(statistics.mean(latencies_ms), statistics.median(latencies_ms), statistics.mode([1, 2, 2, 3]))
print(round(statistics.stdev(latencies_ms), 6), round(statistics.pvariance(latencies_ms), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.variance([1, 2, 3, 4]), statistics.harmonic_mean([40, 60]))
for bad in ([], [1, 1, 2, 2]):
    try:
        print(statistics.mode(bad))
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

share = Fraction(3, 12)
print(share, share + Fraction(1, 3), share * 4, Fraction("0.125"), Fraction(1.5), Fraction("-7/21"))
print(float(Fraction(22, 7)), Fraction(22, 7).limit_denominator(5), Fraction(10, 4).numerator, round(Fraction(7, 2)))
print(Fraction(1, 3) < 0.34, Fraction(2, 4) == 0.5, sum(Fraction(1, n) for n in range(1, 5)), abs(Fraction(-1, 2)))
print(repr(Fraction(5)), Fraction(3, 4) ** 2, Fraction(1, 2) // Fraction(1, 3), Fraction(7, 3) % 1, divmod(Fraction(7, 2), 2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:.3f}".format(Fraction(1, 3)))
except TypeError as e:
    print("TypeError:", e)
print("{} {} {:>6}".format(Fraction(1, 3).__round__(2), hash(Fraction(1, 2)) == hash(0.5), str(Fraction(3, 8))))
print(statistics.mean([Fraction(1, 4), 1]), statistics.variance([Fraction(1, 2), Fraction(1, 3), 1]))
print(round(statistics.pstdev([Fraction(1), Fraction(2), Fraction(4)]), 9), statistics.harmonic_mean([Fraction(1, 2), 1]))
