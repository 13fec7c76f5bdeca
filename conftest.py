"""Root conftest: keep doctest collection of src/ working without optional extras."""
import importlib.util

collect_ignore = []
if importlib.util.find_spec("ray") is None:
    # newsclean/ray.py needs the optional 'ray' extra; its tests skip without it
    collect_ignore.append("src/newsclean/ray.py")
