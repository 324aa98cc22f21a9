//! The SIP user agent server (on rsipstack): answers calls to the tip line, records them, and hands each
//! recording to the pipeline at hangup. Limits: concurrent calls (503 + Retry-After), INVITEs per source
//! per minute (503), SDP we cannot use (488). Methods we do not serve get 405; garbage is dropped by the
//! transport layer and never reaches us. Within a call, a re-INVITE or UPDATE may put us on hold and take
//! us off it (the answer mirrors the direction; the codecs stay) or move its media to a new address or
//! port (we then send there). In-dialog OPTIONS get 200; INFO carrying a key press (`application/dtmf-relay`
//! or `application/dtmf`) reaches the call like an RFC 4733 one, see [`super::info`].

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rsipstack::dialog::dialog::{Dialog, DialogState, DialogStateReceiver, DialogStateSender};
use rsipstack::dialog::dialog_layer::DialogLayer;
use rsipstack::dialog::DialogId;
use rsipstack::sip::{Header, Method, Request, StatusCode};
use rsipstack::transaction::transaction::Transaction;
use rsipstack::transport::{tcp_listener::TcpListenerConnection, udp::UdpConnection, TransportLayer};
use rsipstack::EndpointBuilder;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::call::{self, MediaLimits};
use super::info::{self, InfoError, InfoRequest};
use super::recorder::Recorder;
use super::sdp;
use super::sip::{in_dialog, info_request, invite_offer, source_ip};
use crate::config::{SipConfig, SipTransport};
use crate::db::Db;
use crate::privacy::SourceHasher;
use crate::ratelimit::RateLimiter;
use crate::tips;

/// Why the SIP server could not start.
#[derive(Debug, thiserror::Error)]
pub enum SipError {
    /// A listen address could not be bound or a TLS certificate loaded.
    #[error("SIP listener {0}: {1}")]
    Listen(String, String),
    /// The SIP stack failed to start.
    #[error("SIP stack: {0}")]
    Stack(String),
}

/// What calls need from the rest of the gateway.
#[derive(Clone)]
pub struct CallContext {
    pub db: Db,
    /// Greeting and goodbye; `None` plays nothing (the clips were not generated).
    pub prompts: Option<Arc<super::prompts::Prompts>>,
    pub data_dir: std::path::PathBuf,
    pub first_stage: Option<&'static str>,
    pub wake: Arc<Notify>,
    pub hasher: SourceHasher,
    /// Live transcription of calls while they are up; `None` when it is off.
    pub live: Option<Arc<crate::speech::LiveTranscription>>,
}

/// A running SIP server; the addresses it listens on.
pub struct SipServer {
    pub addrs: Vec<(SipTransport, SocketAddr)>,
}

struct Shared {
    ctx: CallContext,
    config: SipConfig,
    dialogs: Arc<DialogLayer>,
    state_tx: DialogStateSender,
    limiter: RateLimiter,
    /// Calls set up or in progress, by dialog id: the answer to send and the way to stop their media.
    calls: Mutex<HashMap<String, CallSlot>>,
    contact: rsipstack::sip::Uri,
}

struct CallSlot {
    /// The SDP we last answered with.
    answer: Vec<u8>,
    /// What the answers describe: our media address and port, and the SDP version last sent.
    origin: sdp::Origin,
    /// The codecs negotiated in the first offer/answer; re-offers keep them.
    chosen: Vec<sdp::Format>,
    /// Whether the caller has put us on hold (re-INVITE with `sendonly`/`inactive`); the media loop watches it.
    hold: tokio::sync::watch::Sender<bool>,
    /// Where the caller's SDP last said to send media; a re-offer may move it (another address or port).
    remote: tokio::sync::watch::Sender<SocketAddr>,
    /// Key presses sent as SIP INFO, for the media loop; the receiver waits here until the call is answered.
    keys: tokio::sync::mpsc::Sender<char>,
    keys_rx: Option<tokio::sync::mpsc::Receiver<char>>,
    socket: Option<tokio::net::UdpSocket>,
    payloads: super::media::PayloadMap,
    /// The voice codec we answered with, for prompts.
    voice: (u8, super::media::receiver::Codec),
    source_hash: String,
    hangup: CancellationToken,
}

pub async fn start(config: SipConfig, ctx: CallContext, shutdown: CancellationToken) -> Result<SipServer, SipError> {
    let listeners = config.listeners().map_err(|e| SipError::Listen("sip.listen".into(), e))?;
    let transport = TransportLayer::new(shutdown.child_token());
    let mut addrs = Vec::new();
    for (kind, addr) in &listeners {
        let err = |e: rsipstack::Error| SipError::Listen(format!("{kind:?} {addr}"), e.to_string());
        match kind {
            SipTransport::Udp => {
                let conn = UdpConnection::create_connection(*addr, None, Some(shutdown.child_token())).await.map_err(err)?;
                addrs.push((*kind, conn.get_addr().get_socketaddr().map_err(err)?));
                transport.add_transport(conn.into());
            }
            SipTransport::Tcp => {
                let conn = TcpListenerConnection::new(*addr, None).await.map_err(err)?;
                addrs.push((*kind, *addr));
                transport.add_transport(conn.into());
            }
            SipTransport::Tls => {
                let read = |p: &str| std::fs::read(p).map_err(|e| SipError::Listen(format!("tls {addr}"), format!("{p}: {e}")));
                let tls = rsipstack::transport::tls::TlsConfig {
                    cert: Some(read(&config.tls_certificate)?),
                    key: Some(read(&config.tls_private_key)?),
                    ..Default::default()
                };
                let conn = rsipstack::transport::tls::TlsListenerConnection::new(*addr, None, tls).await.map_err(err)?;
                addrs.push((*kind, *addr));
                transport.add_transport(conn.into());
            }
        }
    }
    let endpoint = EndpointBuilder::new().with_cancel_token(shutdown.child_token()).with_transport_layer(transport).build();
    let first = endpoint.get_addrs().first().cloned().ok_or_else(|| SipError::Stack("no listener".into()))?;
    let contact = rsipstack::sip::Uri {
        scheme: Some(rsipstack::sip::Scheme::Sip),
        auth: None,
        host_with_port: first.addr,
        params: vec![],
        headers: vec![],
    };
    let mut incoming = endpoint.incoming_transactions().map_err(|e| SipError::Stack(e.to_string()))?;
    let dialogs = Arc::new(DialogLayer::new(endpoint.inner.clone()));
    let (state_tx, state_rx) = dialogs.new_dialog_state_channel();
    let shared = Arc::new(Shared {
        ctx,
        limiter: RateLimiter::new(config.invites_per_minute, config.invites_per_minute, 100_000),
        config,
        dialogs,
        state_tx,
        calls: Mutex::new(HashMap::new()),
        contact,
    });
    let endpoint_inner = endpoint.inner.clone();
    tokio::spawn(async move {
        if let Err(e) = endpoint_inner.serve().await {
            tracing::error!(error = %e, "SIP endpoint stopped");
        }
    });
    tokio::spawn(dialog_states(shared.clone(), state_rx));
    let s = shared.clone();
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                tx = incoming.recv() => match tx {
                    Some(tx) => { let s = s.clone(); tokio::spawn(async move { on_transaction(s, tx).await }); }
                    None => break,
                },
            }
        }
        // Drain: end every call; their recordings are closed and handed to the pipeline.
        for slot in s.calls.lock().unwrap_or_else(|p| p.into_inner()).values() {
            slot.hangup.cancel();
        }
    });
    Ok(SipServer { addrs })
}

async fn reply_retry_after(tx: &mut Transaction, status: StatusCode, seconds: u64) {
    let _ = tx.reply_with(status, vec![Header::RetryAfter(seconds.to_string().into())], None).await;
}

async fn on_transaction(s: Arc<Shared>, mut tx: Transaction) {
    let in_dialog = in_dialog(&tx.original);
    match tx.original.method {
        Method::Invite if !in_dialog => on_invite(s, tx).await,
        Method::Options if !in_dialog => {
            let _ = tx.reply(StatusCode::OK).await;
        }
        Method::Cancel | Method::Ack | Method::Bye | Method::Invite | Method::Info | Method::Options | Method::Update => {
            match s.dialogs.match_dialog(&tx) {
                Some(Dialog::Invite(mut d)) => {
                    if let Err(e) = d.handle(&mut tx).await {
                        tracing::debug!(error = %e, "in-dialog request");
                    }
                }
                _ if tx.original.method == Method::Ack => {}
                _ => {
                    let _ = tx.reply(StatusCode::CallTransactionDoesNotExist).await;
                }
            }
        }
        // REGISTER, SUBSCRIBE, MESSAGE, REFER, ...: a tip line is not a registrar or a presence server.
        _ => {
            let allow = Header::Allow("INVITE, ACK, BYE, CANCEL, OPTIONS".into());
            let _ = tx.reply_with(StatusCode::MethodNotAllowed, vec![allow], None).await;
        }
    }
}

async fn on_invite(s: Arc<Shared>, mut tx: Transaction) {
    let ip = source_ip(&tx.original).map(|ip| ip.to_string()).unwrap_or_else(|| "unknown".into());
    let source_hash = s.ctx.hasher.hash("sip-source", &ip);
    if let Err(wait) = s.limiter.check(&source_hash, Instant::now()) {
        metrics::counter!("tipline_sip_invites_rejected_total", "reason" => "rate").increment(1);
        return reply_retry_after(&mut tx, StatusCode::ServiceUnavailable, wait.as_secs().max(1)).await;
    }
    if s.calls.lock().unwrap_or_else(|p| p.into_inner()).len() >= s.config.max_calls as usize {
        metrics::counter!("tipline_sip_invites_rejected_total", "reason" => "busy").increment(1);
        return reply_retry_after(&mut tx, StatusCode::ServiceUnavailable, 5).await;
    }
    let (offer, map, chosen) = match invite_offer(&tx.original, s.config.prefer_opus) {
        Ok(x) => x,
        Err(e) => {
            tracing::info!(error = %e, "INVITE rejected");
            let status = match e {
                sdp::SdpError::Malformed { .. } => StatusCode::BadRequest,
                _ => StatusCode::NotAcceptableHere,
            };
            let _ = tx.reply(status).await;
            return;
        }
    };
    let local_ip = s
        .config
        .media_address
        .parse()
        .ok()
        .or_else(|| s.contact.host_with_port.clone().try_into().ok().map(|a: SocketAddr| a.ip()))
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));
    let socket = match tokio::net::UdpSocket::bind((local_ip, 0)).await {
        Ok(sock) => sock,
        Err(e) => {
            tracing::error!(error = %e, "cannot open an RTP port");
            return reply_retry_after(&mut tx, StatusCode::ServiceUnavailable, 5).await;
        }
    };
    // Not connected to the offered address: many phones send from another port than they advertise.
    let port = socket.local_addr().map(|a| a.port()).unwrap_or_default();
    let session_id = rand::random::<u32>() as u64;
    let origin = sdp::Origin { address: local_ip, port, session_id, version: session_id };
    let answer = sdp::answer(&offer, &chosen, origin).into_bytes();
    let mut dialog = match s.dialogs.get_or_create_server_invite(&tx, s.state_tx.clone(), None, Some(s.contact.clone())) {
        Ok(d) => d,
        Err(e) => {
            tracing::info!(error = %e, "cannot create a dialog");
            let _ = tx.reply(StatusCode::BadRequest).await;
            return;
        }
    };
    let (keys, keys_rx) = tokio::sync::mpsc::channel(KEYS_QUEUED);
    s.calls.lock().unwrap_or_else(|p| p.into_inner()).insert(
        dialog.id().to_string(),
        CallSlot {
            answer,
            origin,
            chosen,
            hold: tokio::sync::watch::Sender::new(offer.is_hold()),
            socket: Some(socket),
            voice: map.0.iter().find(|(_, c)| **c != super::media::receiver::Codec::TelephoneEvent).map(|(pt, c)| (*pt, *c)).expect("a voice codec was chosen"),
            payloads: map,
            remote: tokio::sync::watch::Sender::new(SocketAddr::new(offer.address, offer.port)),
            keys,
            keys_rx: Some(keys_rx),
            source_hash,
            hangup: CancellationToken::new(),
        },
    );
    if let Err(e) = dialog.handle(&mut tx).await {
        tracing::debug!(error = %e, "INVITE transaction ended");
    }
}

/// INFO key presses queued for a call's media loop; beyond this (a flood) they are answered but dropped.
const KEYS_QUEUED: usize = 16;

/// Answers an INFO within a call, passing a key press on to the call's media loop.
async fn on_info(request: &Request, keys: &tokio::sync::mpsc::Sender<char>, handle: &rsipstack::dialog::dialog::TransactionHandle) {
    // A reply that cannot be sent means the transaction is already gone; nothing is left to answer.
    let _ = match info_request(request) {
        Ok(InfoRequest::Key(key)) => {
            tracing::debug!("key press by SIP INFO");
            let _ = keys.try_send(key);
            handle.reply(StatusCode::OK).await
        }
        Ok(InfoRequest::Empty) => handle.reply(StatusCode::OK).await,
        Err(e) => {
            tracing::info!(error = %e, "INFO refused");
            match e {
                InfoError::MediaType(_) => handle.respond(StatusCode::UnsupportedMediaType, Some(vec![Header::Accept(info::ACCEPTED.into())]), None).await,
                InfoError::Package(_) => handle.respond(StatusCode::BadInfoPackage, Some(vec![Header::Other("Recv-Info".into(), String::new())]), None).await,
                InfoError::NoKey => handle.reply(StatusCode::BadRequest).await,
            }
        }
    };
}

async fn dialog_states(s: Arc<Shared>, mut rx: DialogStateReceiver) {
    while let Some(state) = rx.recv().await {
        match state {
            DialogState::Calling(id) => answer(&s, &id).await,
            DialogState::Updated(id, request, handle) => {
                let reply = s.calls.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&id.to_string()).map(|slot| slot.reoffer(&request));
                tokio::spawn(async move {
                    let _ = match reply {
                        Some(Ok(Some(sdp))) => handle.respond(StatusCode::OK, Some(vec![Header::ContentType("application/sdp".into())]), Some(sdp)).await,
                        Some(Ok(None)) => handle.reply(StatusCode::OK).await,
                        Some(Err(status)) => handle.reply(status).await,
                        None => handle.reply(StatusCode::CallTransactionDoesNotExist).await,
                    };
                });
            }
            // Keep-alives within a call: acknowledged (a dropped handle would answer 501).
            DialogState::Options(_, _, handle) => {
                tokio::spawn(async move { handle.reply(StatusCode::OK).await });
            }
            DialogState::Info(id, request, handle) => {
                let keys = s.calls.lock().unwrap_or_else(|p| p.into_inner()).get(&id.to_string()).map(|slot| slot.keys.clone());
                tokio::spawn(async move {
                    match keys {
                        Some(keys) => on_info(&request, &keys, &handle).await,
                        None => {
                            let _ = handle.reply(StatusCode::CallTransactionDoesNotExist).await;
                        }
                    }
                });
            }
            DialogState::Terminated(id, reason) => {
                tracing::debug!(dialog = %id, ?reason, "dialog ended");
                if let Some(slot) = s.calls.lock().unwrap_or_else(|p| p.into_inner()).get(&id.to_string()) {
                    slot.hangup.cancel();
                }
                s.dialogs.remove_dialog(&id);
            }
            _ => {}
        }
    }
}

/// Answers the call, creates its tip (before any audio) and starts recording.
async fn answer(s: &Arc<Shared>, id: &DialogId) {
    let Some(Dialog::Invite(dialog)) = s.dialogs.get_dialog(id) else { return };
    let taken = {
        let mut calls = s.calls.lock().unwrap_or_else(|p| p.into_inner());
        calls.get_mut(&id.to_string()).and_then(|slot| {
            let media = call::CallMedia {
                socket: slot.socket.take()?,
                keys: slot.keys_rx.take()?,
                payloads: slot.payloads.clone(),
                remote: slot.remote.subscribe(),
                packetizer: super::media::sender::Packetizer::new(slot.voice.0, slot.voice.1, rand::random(), rand::random(), rand::random()),
                hold: slot.hold.subscribe(),
            };
            Some((slot.answer.clone(), media, slot.source_hash.clone(), slot.hangup.clone()))
        })
    };
    let Some((answer, media, source_hash, hangup)) = taken else { return };
    let tip = match tips::open_call(&s.ctx.db, Some(source_hash), chrono::Utc::now()).await {
        Ok(t) => t,
        Err(e) => {
            // Without a tip row we would record audio nobody can find: refuse the call instead.
            tracing::error!(error = %e, "cannot record the call's tip; rejecting");
            let _ = dialog.reject(Some(StatusCode::ServiceUnavailable), None);
            s.calls.lock().unwrap_or_else(|p| p.into_inner()).remove(&id.to_string());
            return;
        }
    };
    let recorder = match Recorder::create(&s.ctx.data_dir, tip.id, media.payloads.sample_rate()) {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, tip = %tip.id, "cannot create the recording; rejecting");
            let _ = dialog.reject(Some(StatusCode::ServiceUnavailable), None);
            let _ = tips::close_call(&s.ctx.db, tip.id, s.ctx.first_stage, chrono::Utc::now()).await;
            s.calls.lock().unwrap_or_else(|p| p.into_inner()).remove(&id.to_string());
            return;
        }
    };
    let content_type = Header::ContentType("application/sdp".into());
    if let Err(e) = dialog.accept(Some(vec![content_type]), Some(answer)) {
        tracing::warn!(error = %e, "cannot answer");
    }
    metrics::counter!("tipline_calls_answered_total").increment(1);
    tracing::info!(tip = %tip.id, "call answered");
    let limits = MediaLimits {
        max_call: Duration::from_secs(s.config.max_call_s),
        silence_timeout: Duration::from_secs(s.config.silence_timeout_s),
        jitter_delay_ms: s.config.jitter_delay_ms,
    };
    let s = s.clone();
    let id = id.clone();
    tokio::spawn(async move {
        let (end, stats, recorder, live) =
            call::run(media, tip.id, s.ctx.prompts.clone(), recorder, limits, hangup, s.ctx.live.as_deref()).await;
        let seconds = recorder.duration().as_secs_f64();
        if let Err(e) = recorder.finish() {
            tracing::error!(error = %e, tip = %tip.id, "recording could not be finalised");
        }
        if end.we_hang_up() {
            let _ = dialog.bye().await;
        }
        s.calls.lock().unwrap_or_else(|p| p.into_inner()).remove(&id.to_string());
        tracing::info!(tip = %tip.id, ?end, seconds, received = stats.jitter.received, lost = stats.jitter.lost, "call ended");
        // The last utterance is decoded before the hand-over, so the stage finds the whole live transcript
        // (or, whatever went wrong, none and transcribes the recording).
        if let Some(live) = live {
            live.finish().await;
        }
        match tips::close_call(&s.ctx.db, tip.id, s.ctx.first_stage, chrono::Utc::now()).await {
            Ok(()) => s.ctx.wake.notify_one(),
            // The tip stays `recording`; the next start resumes it.
            Err(e) => tracing::error!(error = %e, tip = %tip.id, "cannot hand the call to the pipeline"),
        }
    });
}

impl CallSlot {
    /// Answers a re-INVITE or UPDATE: hold and resume change the direction, a new address or port moves
    /// where we send; the codecs stay. A re-INVITE without a body asks for our offer: we repeat our last
    /// SDP; an UPDATE without one changes nothing about media. Errors are the status to reply with.
    fn reoffer(&mut self, request: &Request) -> Result<Option<Vec<u8>>, StatusCode> {
        let body = &request.body;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok((request.method == Method::Invite).then(|| self.answer.clone()));
        }
        let offer = sdp::parse_offer(&String::from_utf8_lossy(body)).map_err(|e| {
            tracing::info!(error = %e, "re-offer rejected");
            match e {
                sdp::SdpError::Malformed { .. } => StatusCode::BadRequest,
                _ => StatusCode::NotAcceptableHere,
            }
        })?;
        let kept = sdp::keep(&offer, &self.chosen).map_err(|_| StatusCode::NotAcceptableHere)?;
        self.origin.version += 1;
        self.answer = sdp::answer(&offer, &kept, self.origin).into_bytes();
        let held = offer.is_hold();
        if self.hold.send_replace(held) != held {
            tracing::info!(held, "caller changed hold");
        }
        // A new connection address or port: the caller moved its media (another network, a transfer to
        // another device). `c=0.0.0.0` (RFC 2543 hold) and port 0 say nothing about where to send.
        if let Some(to) = offer.media_address() {
            if self.remote.send_if_modified(|r| std::mem::replace(r, to) != to) {
                tracing::info!("caller moved its media");
            }
        }
        Ok(Some(self.answer.clone()))
    }
}
