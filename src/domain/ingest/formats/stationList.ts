/**
 * d. Station lists (`站点编码,站点名称,城市,对照点[,省级行政区]`): give data stations their code, city,
 * name, province and background flag (对照点, left out of the city mean by HJ 663) when files are merged.
 */
import type { Station } from '../../types.ts';
import type { Ctx, RowHandler } from '../context.ts';
import type { HeaderField, HeaderInfo } from '../headers.ts';
import type { Row } from '../row.ts';
import { issueText } from '../../text/issues.ts';

export class StationListHandler implements RowHandler {
  readonly format = 'station-list' as const;
  private readonly ctx: Ctx;
  private readonly codeCol: number;
  private readonly nameCol: number;
  private readonly cityCol: number;
  private readonly bgCol: number;
  private readonly provinceCol: number;

  constructor(ctx: Ctx, infos: HeaderInfo[]) {
    this.ctx = ctx;
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.codeCol = find('stationCode');
    this.nameCol = find('station');
    this.cityCol = find('city');
    this.bgCol = find('background');
    this.provinceCol = find('province');
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const code = this.codeCol >= 0 ? r.trimmed(this.codeCol) : '';
    const name = this.nameCol >= 0 ? r.trimmed(this.nameCol) : '';
    if (!code && !name) {
      ctx.log.add('warning', 'missing-station', undefined, line, () => issueText('issue_stationWithoutCodeOrName', { line }));
      return;
    }
    const st: Station = { key: code || name, name: name || code };
    if (code) st.code = code;
    const city = this.cityCol >= 0 ? r.trimmed(this.cityCol) : '';
    if (city) st.city = city;
    const province = this.provinceCol >= 0 ? r.trimmed(this.provinceCol) : '';
    if (province) st.province = province;
    if (this.bgCol >= 0) {
      const b = r.trimmed(this.bgCol).toLowerCase();
      st.background = b === 'y' || b === 'yes' || b === '是' || b === '1' || b === 'true';
    }
    if (ctx.ds.stations.has(st.key)) {
      ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_stationListedAgain', { station: st.key, line }));
      return;
    }
    ctx.ds.stations.set(st.key, st);
    ctx.rowsUsed++;
  }

  finish() {
    return undefined;
  }
}
