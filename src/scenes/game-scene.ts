/** What every scene after boot shares: its services, and scene changes that wake the render loop. */
import Phaser from 'phaser';
import { offerDownload } from '../platform/file-export';
import { sessionJson, teamSessionJson } from '../platform/session-export';
import { allPersonas } from '../platform/story-catalogue';
import type { Services } from './services';

export abstract class GameScene extends Phaser.Scene {
  constructor(
    key: string,
    protected readonly services: Services,
  ) {
    super(key);
  }

  /**
   * Saves the campaign; when storage refuses (full, disabled), the toolbar
   * says "Not saved" and offers the progress as a session file to download.
   */
  protected saveCampaign(): void {
    const { campaign } = this.services;
    campaign.save();
    const session = campaign.session;
    this.warnUnlessSaved(campaign.saving, session && (() => [`the-long-game-session-seed-${session.record.settings.seed}.json`, sessionJson(session, allPersonas())]));
  }

  /** The same for a team session. */
  protected saveTeams(): void {
    const { teams } = this.services;
    teams.save();
    const session = teams.session;
    this.warnUnlessSaved(teams.saving, session && (() => [`the-long-game-team-session-seed-${session.settings.seed}.json`, teamSessionJson(session, allPersonas())]));
  }

  /** The toolbar's "Not saved" warning, whose button downloads the file made only when asked for. */
  private warnUnlessSaved(saved: boolean, file: (() => [name: string, json: string]) | null): void {
    this.services.ui.showSaveWarning(saved || !file ? null : () => offerDownload(...file(), 'application/json'));
  }

  /** Starts another scene; the loop may be asleep, and scene changes happen in its step. */
  protected go(key: string, data: object = {}): void {
    this.services.render.wake();
    this.scene.start(key, data);
  }
}
