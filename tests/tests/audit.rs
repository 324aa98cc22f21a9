//! Reads of tips are audited with who and why, and `tipline audit verify` catches edited and deleted rows.

use gateway::audit::{self, Verdict};
use gateway::auth::Role;
use serde_json::Value;
use tipline_tests::{run_cli, TestApp, TestDb};

#[tokio::test]
async fn every_read_is_audited_and_tampering_is_detected() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let token = app.token(Role::Dispatcher).await;
        let id = app.submit("audit me").await["id"].as_str().unwrap().to_owned();
        for _ in 0..3 {
            let r = app
                .client
                .get(format!("{}/api/v1/tips/{id}", app.base))
                .bearer_auth(&token)
                .header("Tipline-Reason", "case 4411 follow-up")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
        }
        app.client.get(format!("{}/api/v1/tips", app.base)).bearer_auth(&token).send().await.unwrap();

        let rows: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT actor, action, subject, reason FROM audit_log ORDER BY seq").fetch_all(&app.db.pool).await.unwrap();
        let reads: Vec<_> = rows.iter().filter(|r| r.1 == "tip.read").collect();
        assert_eq!(reads.len(), 3, "{}", tdb.name);
        assert_eq!(reads[0], &("dispatcher:test-dispatcher".into(), "tip.read".into(), id.clone(), "case 4411 follow-up".into()));
        assert!(rows.iter().any(|r| r.1 == "tip.list" && r.3 == "(none given)"));
        assert!(matches!(audit::verify(&app.db).await.unwrap(), Verdict::Intact { rows: 4, .. }));

        let env = tdb.env();
        let (code, out, _) = run_cli(&["audit", "verify"], &env);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("intact: 4 rows"), "{out}");
        let head = out.trim().rsplit(' ').next().unwrap().to_owned();
        let (code, _, _) = run_cli(&["audit", "verify", "--expect-head", &head], &env);
        assert_eq!(code, 0);

        // An edited reason.
        sqlx::query("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 2").execute(&app.db.pool).await.unwrap();
        let (code, out, _) = run_cli(&["audit", "verify"], &env);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("BROKEN at row 2") && out.contains("altered"), "{out}");
        sqlx::query("UPDATE audit_log SET reason = 'case 4411 follow-up' WHERE seq = 2").execute(&app.db.pool).await.unwrap();
        assert_eq!(run_cli(&["audit", "verify"], &env).0, 0, "restoring the row restores the chain");

        // A deleted row in the middle.
        let saved: (i64, i64, String, String, String, String, String, String) =
            sqlx::query_as("SELECT seq, at, actor, action, subject, reason, prev_hash, hash FROM audit_log WHERE seq = 3")
                .fetch_one(&app.db.pool)
                .await
                .unwrap();
        sqlx::query("DELETE FROM audit_log WHERE seq = 3").execute(&app.db.pool).await.unwrap();
        let (code, out, _) = run_cli(&["audit", "verify"], &env);
        assert_eq!(code, 1);
        assert!(out.contains("row 3 is missing"), "{out}");

        // The deleted last row (tail truncation) disagrees with the head.
        sqlx::query("INSERT INTO audit_log (seq, at, actor, action, subject, reason, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(saved.0).bind(saved.1).bind(saved.2).bind(saved.3).bind(saved.4).bind(saved.5).bind(saved.6).bind(saved.7)
            .execute(&app.db.pool)
            .await
            .unwrap();
        sqlx::query("DELETE FROM audit_log WHERE seq = 4").execute(&app.db.pool).await.unwrap();
        let (code, out, _) = run_cli(&["audit", "verify"], &env);
        assert_eq!(code, 1);
        assert!(out.contains("head"), "{out}");

        // Even a rewritten head is caught against the hash recorded earlier.
        sqlx::query("UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)").execute(&app.db.pool).await.unwrap();
        assert_eq!(run_cli(&["audit", "verify"], &env).0, 0);
        let (code, out, _) = run_cli(&["audit", "verify", "--expect-head", &head], &env);
        assert_eq!(code, 1, "{out}");

        // The API reports the same verdict to admins.
        let admin = app.token(Role::Admin).await;
        let v: Value =
            app.client.get(format!("{}/api/v1/audit/verify", app.base)).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
        assert_eq!(v["intact"], true);
        app.stop().await;
        tdb.cleanup().await;
    }
}
