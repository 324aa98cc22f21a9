//! Every non-public endpoint rejects a missing or unknown token (401) and a token of the wrong role (403),
//! and admits the roles it is meant for. The endpoint table is checked against the OpenAPI document, so a
//! new route cannot be added without deciding who may call it.

use std::collections::BTreeSet;

use gateway::auth::Role;
use tipline_tests::{TestApp, TestDb};

/// (method, path as in OpenAPI, roles admitted). `None` marks a public endpoint.
fn endpoints() -> Vec<(&'static str, &'static str, Option<&'static [Role]>)> {
    use Role::*;
    vec![
        ("post", "/api/v1/tips", None),
        ("get", "/api/v1/tips/{id}/followup", None),
        ("get", "/healthz", None),
        ("get", "/readyz", None),
        ("get", "/api/v1/tips", Some(&[Admin, Dispatcher])),
        ("get", "/api/v1/tips/{id}", Some(&[Admin, Dispatcher])),
        ("post", "/api/v1/tips/{id}/retry", Some(&[Admin, Dispatcher])),
        ("post", "/api/v1/detections", Some(&[Admin, Ingest])),
        ("get", "/api/v1/incidents", Some(&[Admin, Dispatcher])),
        ("get", "/api/v1/incidents/{id}", Some(&[Admin, Dispatcher])),
        ("post", "/api/v1/incidents/{id}/ack", Some(&[Admin, Dispatcher])),
        ("post", "/api/v1/incidents/{id}/resolve", Some(&[Admin, Dispatcher])),
        ("get", "/api/v1/deliveries", Some(&[Admin])),
        ("post", "/api/v1/deliveries/replay", Some(&[Admin])),
        ("get", "/api/v1/audit/verify", Some(&[Admin])),
        ("get", "/metrics", Some(&[Admin])),
        ("get", "/api/v1/openapi.json", Some(&[Admin, Dispatcher, Agency, Ingest])),
    ]
}

#[test]
fn the_table_covers_exactly_the_documented_endpoints() {
    let doc: serde_json::Value = serde_json::from_str(gateway::api::ops::OPENAPI).unwrap();
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| ops.as_object().unwrap().keys().map(move |m| (m.clone(), path.clone())))
        .collect();
    let tested: BTreeSet<(String, String)> = endpoints().iter().map(|(m, p, _)| (m.to_string(), p.to_string())).collect();
    assert_eq!(documented, tested);
    for (method, path, roles) in endpoints() {
        let security = &doc["paths"][path][method]["security"];
        assert_eq!(security.as_array().unwrap().is_empty(), roles.is_none(), "{method} {path}: security in OpenAPI");
    }
}

#[tokio::test]
async fn every_protected_endpoint_checks_token_and_role() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let tip = app.submit("for the auth test").await;
        let id = tip["id"].as_str().unwrap();
        let mut tokens = Vec::new();
        for role in Role::ALL {
            tokens.push((role, app.token(role).await));
        }
        for (method, path, roles) in endpoints() {
            let Some(roles) = roles else { continue };
            let url = format!("{}{}", app.base, path.replace("{id}", id));
            let request = |token: Option<&str>| {
                let mut r = if method == "post" { app.client.post(&url) } else { app.client.get(&url) };
                if let Some(t) = token {
                    r = r.bearer_auth(t);
                }
                r.send()
            };
            let missing = request(None).await.unwrap();
            assert_eq!(missing.status(), 401, "{} {method} {path} without a token", tdb.name);
            assert_eq!(missing.headers()["www-authenticate"], "Bearer");
            let bogus = format!("tl_{}", "0".repeat(64));
            for wrong in [bogus.as_str(), "tl_short", "Basic abc"] {
                assert_eq!(request(Some(wrong)).await.unwrap().status(), 401, "{method} {path} with token {wrong}");
            }
            for (role, token) in &tokens {
                let status = request(Some(token)).await.unwrap().status().as_u16();
                if roles.contains(role) {
                    assert!(![401, 403].contains(&status), "{} {method} {path} as {role}: {status}", tdb.name);
                } else {
                    assert_eq!(status, 403, "{} {method} {path} as {role}", tdb.name);
                }
            }
        }
        // A revoked token stops working at once.
        let (_, admin) = &tokens[0];
        sqlx::query("UPDATE api_tokens SET revoked_at = 1").execute(&app.db.pool).await.unwrap();
        let r = app.client.get(format!("{}/api/v1/tips", app.base)).bearer_auth(admin).send().await.unwrap();
        assert_eq!(r.status(), 401);
        app.stop().await;
        tdb.cleanup().await;
    }
}
