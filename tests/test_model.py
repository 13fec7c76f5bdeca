import datetime as dt

import pytest
from pydantic import ValidationError

from newsclean import Article, Caption, Credit, Metadata, Publication, Removal
from newsclean.model import ROLES


def test_json_names_and_iso_dates():
    a = Article(
        title="标题",
        paragraphs=["正文。"],
        captions=[Caption(text="图为……。", credit="李思银")],
        metadata=Metadata(
            sources=["人民日报"],
            credits=[Credit(role="editor", label="责编", name="周晓雪")],
            published=dt.date(2024, 11, 25),
            publication=Publication(name="人民日报", date=dt.date(2024, 11, 25), page="11"),
        ),
        removed=[Removal(text="|", start=0, end=1, filter="junk-lines", reason="scraper-artefact")],
    )
    d = a.model_dump(mode="json")
    assert set(d) >= {"title", "subtitle", "paragraphs", "captions", "metadata", "removed", "encoding"}
    assert set(d["metadata"]) >= {"sources", "credits", "published", "publication", "original_title", "notices"}
    assert d["metadata"]["published"] == "2024-11-25"
    assert d["metadata"]["publication"] == {"name": "人民日报", "date": "2024-11-25", "page": "11"}
    assert d["removed"][0] == {"text": "|", "start": 0, "end": 1, "filter": "junk-lines",
                               "reason": "scraper-artefact", "replacement": None}
    assert Article.model_validate(d) == a


def test_datetime_published_keeps_its_time_in_china_time_unless_given_another_zone():
    m = Metadata(published=dt.datetime(2019, 12, 10, 7, 57, 40))
    assert m.model_dump(mode="json")["published"] == "2019-12-10T07:57:40+08:00"
    utc = Metadata(published=dt.datetime(2019, 12, 10, 7, 57, 40, tzinfo=dt.timezone.utc))
    assert utc.model_dump(mode="json")["published"] == "2019-12-10T07:57:40Z"


@pytest.mark.parametrize("given, want", [
    ("2019-05-17", dt.date(2019, 5, 17)),
    ("2019-09-07T13:43:45+08:00", dt.datetime(2019, 9, 7, 13, 43, 45, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("2019-09-07T13:43:45", dt.datetime(2019, 9, 7, 13, 43, 45, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("2019-09-07T05:43:45Z", dt.datetime(2019, 9, 7, 5, 43, 45, tzinfo=dt.timezone.utc)),
])
def test_published_reads_back_as_a_date_or_an_aware_datetime(given, want):
    got = Metadata.model_validate({"published": given}).published
    assert got == want and type(got) is type(want)
    assert isinstance(got, dt.date) and (not isinstance(got, dt.datetime) or got.tzinfo is not None)


def test_published_that_is_no_date_is_refused():
    with pytest.raises(ValidationError):
        Metadata.model_validate({"published": "soon"})


def test_text_is_in_the_json_and_a_dump_validates_back():
    a = Article(title="T", subtitle="S", paragraphs=["a", "b"],
                metadata=Metadata(published=dt.datetime(2019, 9, 7, 13, 43, 45)))
    d = a.model_dump(mode="json")
    assert d["text"] == "T\nS\na\nb"
    assert Article.model_validate(d) == a
    assert Article.model_validate_json(a.model_dump_json()) == a
    assert Article.model_validate(a.model_dump()) == a
    # the text is computed from the fields, never taken from the dump
    assert Article.model_validate({**d, "text": "other"}).text == "T\nS\na\nb"
    assert "text" not in a.model_dump(exclude={"text"})


def test_roles_are_closed():
    assert "final_reviewer" in ROLES
    with pytest.raises(ValidationError):
        Credit(role="boss", label="老板", name="张三")


def test_models_are_frozen():
    a = Article(title="x")
    with pytest.raises(ValidationError):
        a.title = "y"  # type: ignore[misc]


def test_text_joins_title_subtitle_paragraphs():
    assert Article(title="T", subtitle="S", paragraphs=["a", "b"]).text == "T\nS\na\nb"


def test_fast_removals_are_what_model_construct_builds():
    import copy
    import pickle

    from newsclean.model import _check_removals, _removals
    from newsclean.records import Record

    assert _check_removals()
    source = "正文&amp;<br>尾"
    records = [Record(2, 7, "html-leftovers", "html-entity", "&"), Record(7, 11, "html-leftovers", "html-tag")]
    fast = _removals(source, records)
    slow = [Removal.model_construct(text=source[s:e], start=s, end=e, filter=f, reason=r, replacement=rep)
            for s, e, f, r, rep, _then in records]
    assert fast == slow and repr(fast) == repr(slow)
    assert [r.model_dump_json() for r in fast] == [r.model_dump_json() for r in slow]
    assert pickle.loads(pickle.dumps(fast)) == slow and copy.deepcopy(fast) == slow
    assert all(type(r) is Removal and r.model_fields_set == set(Removal.model_fields) for r in fast)
    assert fast[0].model_fields_set is not fast[1].model_fields_set  # no state shared between records
    assert Removal.model_validate(fast[0].model_dump()) == fast[0]
    with pytest.raises(ValidationError):
        fast[0].start = 0
    assert fast[1].text == "<br>" and fast[0].replacement == "&"


def test_removals_are_made_when_read_and_the_article_is_the_same_as_an_eager_one():
    import copy
    import pickle

    from newsclean import clean

    source = "标题\n正文&amp;第一段。\n来源：新华网\n分享到：微信"

    def lazy():
        a = clean(source)
        assert "removed" not in a.__dict__  # no Removal model made yet
        return a

    eager = clean(source)
    records = list(eager.removed)
    assert [r.reason for r in records] == ["html-entity", "metadata:source", "share-bar"]
    built = Article(**{k: getattr(eager, k) for k in Article.model_fields})
    assert lazy() == built and built == lazy()
    assert lazy().model_dump() == built.model_dump()
    assert lazy().model_dump_json() == built.model_dump_json()
    assert repr(lazy()) == repr(built)
    assert dict(lazy()) == dict(built)
    assert pickle.loads(pickle.dumps(lazy())) == built
    assert copy.deepcopy(lazy()) == built and copy.copy(lazy()) == built
    assert lazy().model_copy(update={"title": "x"}).removed == records
    assert list(lazy().model_dump()) == [*Article.model_fields, *Article.model_computed_fields]  # order kept
    a = lazy()
    assert a.removed is a.removed  # made once


def test_a_lazy_dump_is_the_eager_dump_with_every_option():
    from newsclean import clean

    source = "标题\n正文&amp;第一段。\n来源：新华网\n分享到：微信\n\ud800尾"
    eager = clean(source)
    eager.removed  # noqa: B018 - made now
    for kwargs in ({}, {"mode": "json"}, {"exclude_none": True}, {"exclude": {"removed": {"__all__": {"text"}}}},
                   {"include": {"removed", "title"}}, {"exclude": {"removed"}}, {"exclude_defaults": True}):
        lazy = clean(source)
        assert lazy.model_dump(**kwargs) == eager.model_dump(**kwargs), kwargs
        assert list(lazy.model_dump(**kwargs)) == list(eager.model_dump(**kwargs))
    lazy = clean(source)
    assert lazy.model_dump_json() == eager.model_dump_json()  # (a lone surrogate: the escaping path)
    lazy = clean(source.replace("\ud800", ""))
    assert lazy.model_dump_json(indent=2) == clean(source.replace("\ud800", "")).model_copy().model_dump_json(indent=2)
    assert "removed" not in lazy.__dict__  # dumped without making the models
    # inside another structure, pydantic's serializer dumps the article: the same dicts
    from pydantic import TypeAdapter

    for mode in ("python", "json"):
        assert TypeAdapter(list[Article]).dump_python([clean(source)], mode=mode) == [eager.model_dump(mode=mode)]


def test_a_lazy_article_has_the_fields_set_of_an_eager_one():
    from newsclean import clean

    source = "标题\n正文&amp;第一段。\n来源：新华网"
    lazy, eager = clean(source), clean(source)
    eager.removed  # noqa: B018
    assert lazy.model_fields_set == eager.model_fields_set >= {"removed", "title", "metadata"}
    assert lazy.model_dump(exclude_unset=True) == eager.model_dump(exclude_unset=True)
    assert "removed" in lazy.model_dump(exclude_unset=True)
    assert lazy.__pydantic_extra__ is None and lazy == eager


def test_leaving_the_records_out_of_a_dump_makes_no_removal_model():
    from newsclean import clean

    source = "标题\n正文&amp;第一段。\n来源：新华网"
    lazy, eager = clean(source), clean(source)
    eager.removed  # noqa: B018
    for exclude in ({"removed"}, {"removed": True}, {"title", "removed"}):
        assert lazy.model_dump(mode="json", exclude=exclude) == eager.model_dump(mode="json", exclude=exclude)
    assert "removed" not in lazy.__dict__
