from oitcrawler.scope import Scope, decoded_query_words, document_type, is_staging_host, url_text


def test_main_site_is_registrable_domain_and_subdomains():
    scope = Scope("https://www.example.go.th/")
    assert scope.on_main_site("http://mc.example.go.th/complaint")
    assert scope.on_main_site("https://example.go.th/about")
    assert not scope.on_main_site("https://drive.google.com/file/d/1")
    assert not scope.on_main_site("https://www.example-staging.go.th/")
    assert not scope.on_main_site("mailto:saraban@example.go.th")
    assert scope.placement("http://mc.example.go.th/") == "subdomain"
    assert scope.placement("https://www.example.go.th/x") == "main"


def test_ip_start_is_its_own_site():
    scope = Scope("http://127.0.0.1:8080/")
    assert scope.on_main_site("http://127.0.0.1:8080/ita")
    assert not scope.on_main_site("http://127.0.0.1:9090/")


def test_staging_and_documents_and_base64():
    assert is_staging_host("https://test.rtrda.or.th/x.pdf")
    assert not is_staging_host("https://www.rtrda.or.th/x.pdf")
    assert document_type("http://a.go.th/%E0%B8%81.pdf") == "pdf"
    assert document_type("http://a.go.th/download?id=3", "application/pdf") == "pdf"
    assert document_type("http://a.go.th/page.php") is None
    assert decoded_query_words("http://a.go.th/index.php?_mod=aXRh&type=MzI") == ["ita", "32"]
    assert "ita" in url_text("http://a.go.th/index.php?_mod=aXRh")
