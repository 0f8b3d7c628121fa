/** The title screen: start or continue the campaign, or practise one conversation. */
import { type CampaignRecord, ReplayError } from '../engine/model/session';
import type { TeamRecord } from '../engine/teams/team-session';
import { offerDownload } from '../platform/file-export';
import { SESSION_FORMAT } from '../platform/session-export';
import type { LoadedSave, SaveRead } from '../platform/save-store';
import { forgetImported, importedShelf, replacedBy, storeImported } from '../platform/imported-stories';
import type { StoryPack } from '../platform/writer/story-pack';
import { allPersonas, personaFor, shippedStoryIds, storyTitler, titleStories } from '../platform/story-catalogue';
import type { SessionFile } from '../platform/session-import';
import { CAMPAIGN, PACKS, SAVES, STRINGS } from '../ui/strings';
import { TEAMS } from '../ui/team-strings';
import { loadMissing, portraitImages } from './asset-manifest';
import { GameScene } from './game-scene';
import { SCENES } from './keys';
import type { Services } from './services';
import { Stage } from './stage';

export class TitleScene extends GameScene {
  constructor(services: Services) {
    super(SCENES.title, services);
  }

  preload(): void {
    const firstBuyer = titleStories().map(personaFor).find((p) => p !== undefined);
    if (firstBuyer) loadMissing(this, portraitImages(firstBuyer.id));
  }

  create(data: { unknownStory?: string; notice?: string; choice?: SaveChoice }): void {
    const stage = new Stage(this, this.services, 0.35);
    const firstBuyer = titleStories().map(personaFor).find((p) => p !== undefined);
    if (firstBuyer) stage.showBuyer(firstBuyer.id, 'warm');
    const host = this.services.campaign;
    const saved = host.saved();
    const teams = this.services.teams;
    const teamRead = this.services.ui.facilitator ? teams.saved() : null;
    const savedTeams = teamRead?.state === 'ok' ? teamRead.save.payload : null;
    const opened = host.savedOpened();
    const openedTeams = this.services.ui.facilitator ? teams.savedOpened() : null;
    const quarters = this.services.flags.quarters ?? host.params.quarters;
    const whenReady = (then: () => void) => () => {
      host
        .ready()
        .then(then)
        .catch((error: unknown) => this.services.ui.showError(error instanceof Error ? error.message : String(error), () => this.go(SCENES.title)));
    };
    this.services.ui.showTitle({
      stories: titleStories().map((entry) => ({ id: entry.id, title: entry.tags.title ?? entry.id, imported: entry.imported === true })),
      onPractise: (storyId) => this.go(SCENES.conversation, { storyId }),
      campaign: {
        intro: CAMPAIGN.campaignIntro(quarters),
        // A campaign in progress is replaced only when the player says so, with the chance to download it first.
        onStart: whenReady(() => {
          if (saved.state !== 'ok') return this.startCampaign();
          const { quartersEnded, settings } = saved.save.payload;
          const file = host.savedAsSessionFile();
          this.go(SCENES.title, {
            choice: {
              title: SAVES.replaceTitle,
              message: SAVES.replace(quartersEnded + 1, settings.quarters),
              actions: [
                { label: SAVES.keepMine, onClick: () => this.go(SCENES.title) },
                file === null ? null : { label: SAVES.downloadMine, onClick: () => offerDownload('the-long-game-my-campaign.json', file, 'application/json') },
                { label: SAVES.startAnyway, onClick: () => this.startCampaign() },
              ].filter((a) => a !== null),
            } satisfies SaveChoice,
          });
        }),
        resume:
          saved.state === 'ok' && !data.choice
            ? {
                label: CAMPAIGN.continueCampaign(saved.save.payload.quartersEnded + 1, saved.save.payload.settings.quarters),
                onResume: whenReady(() => this.resumeSave(saved.save)),
              }
            : undefined,
        resumeOpened:
          opened.state === 'ok'
            ? {
                label: SAVES.continueOpened(opened.save.payload.quartersEnded + 1, opened.save.payload.settings.quarters),
                onResume: whenReady(() => {
                  host.resume(opened.save.payload, 'file');
                  this.go(host.session?.isOver ? SCENES.debrief : SCENES.quarter);
                }),
              }
            : undefined,
      },
      choice:
        data.choice ??
        (saved.state === 'problem' ? this.damagedChoice(saved) : teamRead?.state === 'problem' ? this.damagedTeamChoice(teamRead, whenReady) : undefined),
      teams: this.services.ui.facilitator
        ? {
            label: TEAMS.start,
            onStart: savedTeams
              ? whenReady(() => {
                  const file = teams.savedAsSessionFile();
                  this.go(SCENES.title, {
                    choice: {
                      title: TEAMS.replaceTitle,
                      message: TEAMS.replace(quarterOf(savedTeams), savedTeams.settings.quarters),
                      actions: [
                        { label: TEAMS.keepSaved, onClick: () => this.go(SCENES.title) },
                        file === null ? null : { label: TEAMS.downloadSaved, onClick: () => offerDownload('the-long-game-team-session.json', file, 'application/json') },
                        { label: TEAMS.startAnyway, onClick: () => this.go(SCENES.team, { setup: true }) },
                      ].filter((a) => a !== null),
                    } satisfies SaveChoice,
                  });
                })
              : () => this.go(SCENES.team, { setup: true }),
            resume: savedTeams
              ? {
                  label: TEAMS.resume(quarterOf(savedTeams), savedTeams.settings.quarters),
                  onResume: whenReady(() => this.resumeTeams(savedTeams)),
                }
              : undefined,
            resumeOpened:
              openedTeams?.state === 'ok'
                ? {
                    label: TEAMS.continueOpened(quarterOf(openedTeams.save.payload), openedTeams.save.payload.settings.quarters),
                    onResume: whenReady(() => {
                      teams.resume(openedTeams.save.payload, 'file');
                      this.go(SCENES.team);
                    }),
                  }
                : undefined,
          }
        : undefined,
      tools: {
        onOpenDesk: () => this.go(SCENES.writer),
        onImportSession: (file) => {
          const refuse = (error: unknown) => this.go(SCENES.title, { notice: PACKS.sessionFailed(error instanceof Error ? error.message : String(error)) });
          readSession(file)
            .then(async (opened) => {
              await host.ready();
              if (opened.kind === 'team') {
                teams.resume(opened.record, 'file');
                this.go(SCENES.team);
              } else {
                host.resume(opened.record, 'file');
                this.go(host.session?.isOver ? SCENES.debrief : SCENES.quarter);
              }
            })
            .catch(refuse);
        },
        onToggleFacilitator: () => {
          const url = new URL(location.href);
          if (this.services.flags.mode === 'facilitator') url.searchParams.delete('mode');
          else url.searchParams.set('mode', 'facilitator');
          location.assign(url.href);
        },
        // A pack that would replace conversations imported before (same name, other content) asks first.
        onImportPack: (file) => {
          const refuse = (error: unknown) => this.go(SCENES.title, { notice: PACKS.importFailed(error instanceof Error ? error.message : String(error)) });
          readPackFile(file).then((pack) => {
            const replaced = replacedBy(pack.stories);
            if (replaced.length === 0) return this.keepPack(pack);
            this.go(SCENES.title, {
              choice: {
                title: PACKS.replaceTitle,
                message: PACKS.replace(pack.name, replaced.map((s) => s.title)),
                actions: [
                  { label: PACKS.keepImported, onClick: () => this.go(SCENES.title, { notice: PACKS.keptImported }) },
                  { label: PACKS.replaceImported, onClick: () => this.keepPack(pack) },
                ],
              } satisfies SaveChoice,
            });
          }, refuse);
        },
        onForgetImported: importedShelf().stories.length
          ? () => {
              forgetImported();
              this.go(SCENES.title, { notice: PACKS.forgot });
            }
          : undefined,
      },
      notice: data.notice ?? (data.unknownStory ? STRINGS.unknownStory(data.unknownStory) : importedShelf().damaged ? PACKS.importedDamaged : undefined),
    });
  }
  /** Keeps an imported pack's stories in this browser and says so, or why not. */
  private keepPack(pack: StoryPack): void {
    const importedAt = new Date().toISOString();
    const refused = storeImported(
      pack.stories.map((s) => ({ id: s.id, hash: s.hash, json: s.json, fileTags: s.fileTags, title: s.title, pack: pack.name, importedAt })),
    );
    this.go(SCENES.title, { notice: refused ? PACKS.importFailed(refused) : PACKS.imported(pack.name, pack.stories.map((s) => s.title)) });
  }

  private startCampaign(): void {
    this.services.campaign.start();
    this.go(SCENES.quarter);
  }

  /**
   * Resumes a save: at once when every conversation it played is unchanged;
   * otherwise the player chooses (replay up to the first change, start over,
   * or download the save first). A version-1 save is migrated by replaying it.
   */
  private resumeSave(save: LoadedSave<CampaignRecord>): void {
    const host = this.services.campaign;
    const changed = host.changedSince(save.stories);
    if (changed.length > 0) return this.offerReplayUpToChange(save, SAVES.changed(changed.map(storyTitler())));
    try {
      host.resume(save.payload);
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      return this.offerReplayUpToChange(save, error.message);
    }
    if (save.legacy) this.saveCampaign();
    this.go(SCENES.quarter);
  }

  /** The save no longer replays exactly: the player chooses to replay up to the change, download it, or start over. */
  private offerReplayUpToChange(save: LoadedSave<CampaignRecord>, why: string): void {
    const host = this.services.campaign;
    this.go(SCENES.title, {
      choice: {
        title: SAVES.title,
        message: SAVES.storyChanged(why),
        actions: [
          {
            label: SAVES.replayUpToChange,
            onClick: () => {
              host.resumeUpToChange(save.payload);
              this.go(SCENES.quarter);
            },
          },
          // As a session file: "Open a saved session…" opens it again, whatever happens to this browser's storage.
          {
            label: SAVES.download,
            onClick: () =>
              offerDownload('the-long-game-save.json', JSON.stringify({ format: SESSION_FORMAT, version: 1, exportedAt: new Date().toISOString(), record: save.payload }), 'application/json'),
          },
        ],
      } satisfies SaveChoice,
    });
  }

  private resumeTeams(record: TeamRecord): void {
    try {
      this.services.teams.resume(record);
      this.go(SCENES.team);
    } catch (error) {
      this.go(SCENES.title, { notice: TEAMS.resumeFailed(error instanceof ReplayError ? error.message : String(error)) });
    }
  }

  /** The same choice for a damaged team session: its backup slot (one reveal earlier), the damaged text, or a new session. */
  private damagedTeamChoice(read: Extract<SaveRead<TeamRecord>, { state: 'problem' }>, whenReady: (then: () => void) => () => void): SaveChoice {
    const { backup } = read;
    return {
      title: TEAMS.savedTitle,
      message: TEAMS.saveProblem(read.message, backup !== null),
      actions: [
        backup
          ? {
              label: SAVES.tryBackup(quarterOf(backup.payload), backup.payload.settings.quarters),
              onClick: whenReady(() => this.resumeTeams(backup.payload)),
            }
          : null,
        { label: SAVES.downloadDamaged, onClick: () => offerDownload('the-long-game-damaged-team-session.json', read.raw, 'application/json') },
      ].filter((a) => a !== null),
    };
  }

  /** A damaged, foreign or future save: say what is wrong; offer the backup slot and the damaged text. */
  private damagedChoice(read: Extract<SaveRead<CampaignRecord>, { state: 'problem' }>): SaveChoice {
    const { backup } = read;
    const host = this.services.campaign;
    return {
      title: SAVES.title,
      message: SAVES.problem(read.message, backup !== null),
      actions: [
        backup
          ? {
              label: SAVES.tryBackup(backup.payload.quartersEnded + 1, backup.payload.settings.quarters),
              onClick: () => void host.ready().then(() => this.resumeSave(backup)),
            }
          : null,
        { label: SAVES.downloadDamaged, onClick: () => offerDownload('the-long-game-damaged-save.json', read.raw, 'application/json') },
      ].filter((a) => a !== null),
    };
  }
}

/** A save that needs the player's decision: what is wrong, and what they can do about it (starting over is always there). */
export interface SaveChoice {
  /** Whose save: the campaign's or the team session's. */
  title: string;
  message: string;
  actions: { label: string; onClick: () => void }[];
}

/**
 * Reads and validates a story pack, in a Worker where one can run; the
 * validator loads only when a pack is imported.
 */
async function readPackFile(file: File): Promise<StoryPack> {
  const [{ MAX_PACK_BYTES }, { readPackAside }] = await Promise.all([import('../platform/writer/story-pack'), import('../platform/writer/pack-reader')]);
  if (file.size > MAX_PACK_BYTES) throw new Error(`the file is ${Math.round(file.size / 1024)} KB; a story pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  return readPackAside(await file.text(), allPersonas().map((p) => p.id), shippedStoryIds());
}

/** Reads a session file exported from a debrief; the validator loads only now. */
async function readSession(file: File): Promise<SessionFile> {
  const { MAX_SESSION_BYTES, readSessionFile } = await import('../platform/session-import');
  if (file.size > MAX_SESSION_BYTES) throw new Error(`the file is ${Math.round(file.size / 1024)} KB; a session file may be at most 2 MB`);
  return readSessionFile(await file.text());
}

/** The quarter a saved team session is in: the one the slowest team is playing. */
function quarterOf(record: TeamRecord): number {
  return Math.min(...record.teams.map((t) => t.record.quartersEnded)) + 1;
}

